package dev.ecsdsl.control.iam;

import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.agent.AgentListener;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An {@link Agent} that first does what the ECS agent does with IAM credentials when it prepares a task
 * (registry auth, secrets, ECR pulls: {@link ExecutionResourceRetrieval}) and reports {@code
 * taskPreparationFailed} with ECS's text when IAM denies one, so the task stops before RUNNING with {@code
 * TaskFailedToStart}; otherwise it hands the task to the agent it wraps.
 */
public final class PermissionCheckingAgent implements Agent {
  /**
   * How long the failing retrieval takes before the agent reports it. ECS retries the call ("service call has been
   * retried 1 time(s)") but publishes no duration: a simulation choice, as long as the simulated agent's default
   * image pull.
   */
  public static final Duration RETRIEVAL_TIME = Duration.ofSeconds(2);

  private final Agent delegate;
  private final Supplier<Environment> environment;
  private final Function<TaskLaunch, Optional<IamRole>> instanceRole;
  private final Map<String, EventLoop.Scheduled> failing = new HashMap<>();
  private EventLoop loop;
  private AgentListener listener;

  /**
   * Wraps {@code delegate}; {@code environment} gives the deployed description and {@code instanceRole} the role
   * of the instance profile of an EC2 task's container instance (empty when it has none).
   *
   * @param delegate the agent that runs the containers
   * @param environment gives the deployed environment
   * @param instanceRole gives the instance role of an EC2 task's container instance
   */
  public PermissionCheckingAgent(Agent delegate, Supplier<Environment> environment,
      Function<TaskLaunch, Optional<IamRole>> instanceRole) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.instanceRole = Objects.requireNonNull(instanceRole, "instanceRole");
  }

  @Override
  public void attach(EventLoop loop, AgentListener listener) {
    this.loop = loop;
    this.listener = listener;
    delegate.attach(loop, listener);
  }

  @Override
  public void prepareTask(TaskLaunch task) {
    Optional<String> failure = ExecutionResourceRetrieval.failure(environment.get(), task, instanceRole.apply(task));
    if (failure.isEmpty()) {
      delegate.prepareTask(task);
      return;
    }
    failing.put(task.taskArn(), loop.schedule(RETRIEVAL_TIME, () -> {
      failing.remove(task.taskArn());
      listener.taskPreparationFailed(task.taskArn(), failure.get());
    }));
  }

  @Override
  public void startContainer(TaskLaunch task, String containerName) {
    delegate.startContainer(task, containerName);
  }

  @Override
  public void stopContainer(TaskLaunch task, String containerName, Duration stopTimeout) {
    delegate.stopContainer(task, containerName, stopTimeout);
  }

  @Override
  public List<String> logs(String taskArn, String containerName) {
    return delegate.logs(taskArn, containerName);
  }

  @Override
  public java.util.Optional<dev.ecsdsl.control.agent.ContainerUse> use(String taskArn, String containerName) {
    return delegate.use(taskArn, containerName);
  }

  @Override
  public dev.ecsdsl.control.agent.RequestAnswer answer(String taskArn, String containerName) {
    return delegate.answer(taskArn, containerName);
  }

  @Override
  public void checkTarget(dev.ecsdsl.control.agent.TargetCheck check,
      java.util.function.Consumer<java.util.Optional<dev.ecsdsl.control.agent.TargetCheckFailure>> outcome) {
    delegate.checkTarget(check, outcome);
  }

  @Override
  public <T> void callFunction(Supplier<T> function, java.util.function.Consumer<T> outcome) {
    delegate.callFunction(function, outcome);
  }

  @Override
  public dev.ecsdsl.control.agent.ServiceAnswer answer(dev.ecsdsl.control.agent.ServiceRequest request) {
    return delegate.answer(request);
  }

  @Override
  public void cleanUpTask(TaskLaunch task) {
    EventLoop.Scheduled report = failing.remove(task.taskArn());
    if (report != null) {
      report.cancel();
    }
    delegate.cleanUpTask(task);
  }

  @Override
  public void close() {
    failing.values().forEach(EventLoop.Scheduled::cancel);
    failing.clear();
    delegate.close();
  }
}

package dev.ecsdsl.control.agent;

import dev.ecsdsl.control.loop.EventLoop;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The container agent as the control plane sees it: the one interface between the control plane and
 * whatever really runs containers. The control plane decides what runs where, in which order and when it
 * stops (placement, dependsOn, essential containers, stop timeouts are all decided there); the agent
 * does what it is told and reports back through {@link AgentListener}.
 *
 * <p>Every method is called on the {@link EventLoop}'s thread, and every report must be made on it too
 * (an agent with threads of its own hands its reports over with {@link EventLoop#execute}). A call never
 * reports synchronously: reports come from actions the agent schedules.
 */
public interface Agent extends AutoCloseable {

  /**
   * Called once before any other method: the loop to schedule on and where to report.
   *
   * @param loop the loop to schedule on; reports are made on its thread
   * @param listener where to report what happens to tasks and containers
   */
  void attach(EventLoop loop, AgentListener listener);

  /**
   * Gets a task ready to start its containers: pull its images, create its network namespace and
   * volumes. Reports {@link AgentListener#taskPrepared} or {@link AgentListener#taskPreparationFailed}.
   *
   * @param task the task to prepare
   */
  void prepareTask(TaskLaunch task);

  /**
   * Starts one container of a prepared task. Reports {@link AgentListener#containerStarted} (and later
   * health changes and its exit), or {@link AgentListener#containerExited} when it cannot start.
   *
   * @param task the prepared task
   * @param containerName the container's name in the task definition
   */
  void startContainer(TaskLaunch task, String containerName);

  /**
   * Stops a running container: SIGTERM, then SIGKILL if it has not exited after {@code stopTimeout}.
   * Reports {@link AgentListener#containerExited}.
   *
   * @param task the task the container belongs to
   * @param containerName the container's name in the task definition
   * @param stopTimeout the time between SIGTERM and SIGKILL
   */
  void stopContainer(TaskLaunch task, String containerName, Duration stopTimeout);

  /**
   * The output lines of a container of the task (running, exited, or of a task already cleaned up),
   * oldest first; empty when it wrote nothing or never started. An agent keeps the output of cleaned-up
   * tasks until it is closed, as CloudWatch Logs keeps what awslogs sent.
   *
   * @param taskArn the task's ARN
   * @param containerName the container's name in the task definition
   * @return the output lines, oldest first
   */
  default List<String> logs(String taskArn, String containerName) {
    return List.of();
  }

  /**
   * What a running container of the task uses now (the source of ECS's CPUUtilization and
   * MemoryUtilization service metrics); empty when the container does not run or the agent cannot tell.
   *
   * @param taskArn the task's ARN
   * @param containerName the container's name in the task definition
   * @return the container's CPU and memory use, or empty
   */
  default java.util.Optional<ContainerUse> use(String taskArn, String containerName) {
    return java.util.Optional.empty();
  }

  /**
   * How a running container of the task answers the requests a load balancer routes to it now (the source of the
   * target group's 5XX count and response time); {@link RequestAnswer#OK} when the agent cannot tell.
   *
   * @param taskArn the task's ARN
   * @param containerName the container's name in the task definition
   * @return how it answers
   */
  default RequestAnswer answer(String taskArn, String containerName) {
    return RequestAnswer.OK;
  }

  /**
   * Makes one load balancer health check of a target a container of the task serves, and hands the outcome
   * to {@code outcome} on the loop's thread: empty when the check passed, else why it failed. The control
   * plane asks only while the container runs and the target's security groups admit the load balancer; it
   * counts the outcomes against the group's thresholds.
   *
   * <p>The default passes every check at once: an agent without real targets (the simulated one) leaves
   * target health to the container's state. An agent with real containers checks them for real and hands
   * the outcome over later, through the loop.
   *
   * @param check the health check to make
   * @param outcome receives the outcome, once
   */
  default void checkTarget(TargetCheck check, Consumer<Optional<TargetCheckFailure>> outcome) {
    outcome.accept(Optional.empty());
  }

  /**
   * Calls a function that in AWS runs outside ECS (a lifecycle hook's Lambda function, which a test stands in for
   * with a Java handler) and hands its result to {@code outcome} on the loop's thread. The function may call back
   * into the runtime, e.g. send real requests through a load balancer whose routing runs on the loop.
   *
   * <p>The default calls it at once, on the loop's thread: the in-memory runtime's caller drives the loop, and
   * a call is deterministic there. An agent on the wall clock calls it on a thread of its own (so the loop goes on
   * while the function works, as ECS does while a Lambda function runs) and hands the result over through the
   * loop.
   *
   * @param function the function; it does not throw (its caller turns a failure into a result)
   * @param outcome receives the function's result, once
   * @param <T> the result's type
   */
  default <T> void callFunction(Supplier<T> function, Consumer<T> outcome) {
    outcome.accept(function.get());
  }

  /**
   * Answers one request that a Service Connect proxy forwards to a running container of the task, now. The
   * control plane chooses the task (the endpoint's healthy tasks, round-robin, outliers ejected) and applies the
   * proxy's timeouts and retries to the answer.
   *
   * <p>The default answers 200 at once: an agent that cannot tell (one without scripted or real answers).
   *
   * @param request the request, to a container port of the task
   * @return the container's answer
   */
  default ServiceAnswer answer(ServiceRequest request) {
    return ServiceAnswer.OK;
  }

  /**
   * Removes what the task left behind (containers, network, volumes). Reports nothing.
   *
   * @param task the task to clean up
   */
  void cleanUpTask(TaskLaunch task);

  /** Removes everything the agent created. Safe to call twice. */
  @Override
  void close();
}

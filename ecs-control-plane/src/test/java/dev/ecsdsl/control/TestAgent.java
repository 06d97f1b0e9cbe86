package dev.ecsdsl.control;

import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.agent.AgentListener;
import dev.ecsdsl.control.agent.RequestAnswer;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.runtime.HealthStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An agent for the control plane's own tests: a task is prepared a second after it is asked, a container runs a
 * second after its start and is HEALTHY at once when it has a health check, and exits 143 when stopped. A
 * container of an image named in {@link #failing} exits 1 a second after it started instead; one of an image in
 * {@link #answers} answers requests so.
 */
public final class TestAgent implements Agent {
  private static final Duration STEP = Duration.ofSeconds(1);
  /** Images whose containers exit 1 a second after they started. */
  public final Set<String> failing = new HashSet<>();
  /** How containers of an image answer the requests a load balancer routes to them (all OK when absent). */
  public final Map<String, RequestAnswer> answers = new HashMap<>();
  private final Map<String, String> images = new HashMap<>();
  /** Images of tasks the agent refuses to prepare, throwing (as a broken engine might). */
  public final Set<String> refusing = new HashSet<>();
  private EventLoop loop;
  private AgentListener listener;

  @Override
  public void attach(EventLoop eventLoop, AgentListener agentListener) {
    this.loop = eventLoop;
    this.listener = agentListener;
  }

  @Override
  public void prepareTask(TaskLaunch task) {
    if (task.taskDefinition().containerDefinitions().stream().anyMatch(c -> refusing.contains(c.image()))) {
      throw new IllegalStateException("the engine refused task " + task.taskArn());
    }
    loop.schedule(STEP, () -> listener.taskPrepared(task.taskArn()));
  }

  @Override
  public void startContainer(TaskLaunch task, String containerName) {
    images.put(task.taskArn() + "/" + containerName, task.container(containerName).image());
    loop.schedule(STEP, () -> {
      listener.containerStarted(task.taskArn(), containerName, List.of());
      if (task.container(containerName).healthCheck().isPresent()) {
        listener.containerHealthChanged(task.taskArn(), containerName, HealthStatus.HEALTHY);
      }
      if (failing.contains(task.container(containerName).image())) {
        loop.schedule(STEP, () -> listener.containerExited(task.taskArn(), containerName, 1, Optional.empty()));
      }
    });
  }

  @Override
  public void stopContainer(TaskLaunch task, String containerName, Duration stopTimeout) {
    loop.schedule(STEP, () -> listener.containerExited(task.taskArn(), containerName, 143, Optional.empty()));
  }

  @Override
  public RequestAnswer answer(String taskArn, String containerName) {
    return answers.getOrDefault(images.get(taskArn + "/" + containerName), RequestAnswer.OK);
  }

  @Override
  public void cleanUpTask(TaskLaunch task) {
  }

  @Override
  public void close() {
  }
}

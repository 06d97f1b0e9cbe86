package dev.ecsdsl.junit.assertj;

import dev.ecsdsl.control.services.ServiceDeployment;
import dev.ecsdsl.junit.ServiceHandle;
import dev.ecsdsl.runtime.Container;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.RunTaskResult;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.Task;
import org.assertj.core.api.Assertions;

/**
 * AssertJ assertions that speak ECS, and AssertJ's own ({@code EcsAssertions} extends {@link Assertions}), so
 * that one static import serves both:
 *
 * <pre>{@code
 * assertThat(web).isSteady().hasRunningCount(4).tasksSpreadAcross("ecs.availability-zone").allTasksHealthy();
 * assertThat(result).placementFailedWith("RESOURCE:MEMORY");
 * assertThat(task).stoppedWith(StopCode.EssentialContainerExited).container("migrate").hasExitCode(0);
 * }</pre>
 *
 * <p>Failure messages say what ECS shows: counts, deployments and their rollout states, the latest service
 * events, stop codes and reasons, placement failures with their reasons.
 */
public class EcsAssertions extends Assertions {
  /** Static use only; open for projects that add their own assertions the same way. */
  protected EcsAssertions() {}

  /**
   * Assertions on a service as it is now, with its tasks (tasks spread, all healthy).
   *
   * @param service the service
   * @return the assertion
   */
  public static ServiceAssert assertThat(ServiceHandle service) {
    return ServiceAssert.of(service);
  }

  /**
   * Assertions on a DescribeServices snapshot (without its tasks).
   *
   * @param service the service as DescribeServices returned it
   * @return the assertion
   */
  public static ServiceAssert assertThat(ServiceDescription service) {
    return ServiceAssert.of(service);
  }

  /**
   * Assertions on a DescribeTasks snapshot.
   *
   * @param task the task as DescribeTasks returned it
   * @return the assertion
   */
  public static TaskAssert assertThat(Task task) {
    return new TaskAssert(task);
  }

  /**
   * Assertions on one container of a task.
   *
   * @param container the container, from a task
   * @return the assertion
   */
  public static ContainerAssert assertThat(Container container) {
    return new ContainerAssert(container);
  }

  /**
   * Assertions on what RunTask returned.
   *
   * @param result what RunTask returned
   * @return the assertion
   */
  public static RunTaskResultAssert assertThat(RunTaskResponse result) {
    return new RunTaskResultAssert(result);
  }

  /**
   * Assertions on what the deprecated {@code runtime.runTask(..)} returned.
   *
   * @param result what RunTask returned
   * @return the assertion
   * @deprecated assert on the {@link RunTaskResponse} of {@code runtime.ecs().runTask(..)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static RunTaskResultAssert assertThat(RunTaskResult result) {
    return new RunTaskResultAssert(result instanceof RunTaskResponse response ? response
        : RunTaskResponse.builder().tasks(result.tasks()).failures(result.failures())
            .explanations(result.explanations()).build());
  }

  /**
   * Assertions on a service deployment: stages reached, completion, rollback and its cause, traffic weights.
   *
   * @param deployment the deployment (e.g. from {@code runtime.serviceDeployments().list(..)})
   * @return the assertion
   */
  public static ServiceDeploymentAssert assertThat(ServiceDeployment deployment) {
    return new ServiceDeploymentAssert(deployment);
  }
}

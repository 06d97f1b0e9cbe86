package dev.ecsdsl.inmemory.service;

import static dev.ecsdsl.inmemory.service.RolloutScenario.CLUSTER;
import static dev.ecsdsl.inmemory.service.RolloutScenario.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.service.RolloutScenario.Breaker;
import dev.ecsdsl.inmemory.service.RolloutScenario.ClusterShape;
import dev.ecsdsl.inmemory.service.RolloutScenario.Deployment;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Instances drained or lost in the middle of a rolling deployment. */
class InstanceLossDuringRolloutTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  /** One task of web:1 on the first of two m5.large; min 0% lets the update stop it at once. */
  private static InMemoryEcs oneTaskRollingOut() {
    RolloutScenario scenario = new RolloutScenario(new Deployment(1, 0, 200), new ClusterShape(2, 1),
        Optional.empty(), Breaker.OFF, FailureScript.healthy(), Disruption.none(), 5);
    InMemoryEcs ecs = InMemoryEcs.create(scenario.seed());
    ecs.deploy(scenario.environment());
    ecs.await(Conditions.serviceSteady(CLUSTER, SERVICE)).atMost(TEN_MINUTES);
    return ecs;
  }

  private static Task theOnlyTask(InMemoryEcs ecs) {
    return ListAndDescribe.tasks(ecs.ecs(), CLUSTER, TaskFilter.running().serviceName(SERVICE)).get(0);
  }

  @Test
  void drainingTheOldTasksInstanceMidRolloutStillEndsSteadyOnTheNewRevision() {
    try (InMemoryEcs ecs = oneTaskRollingOut()) {
      Task old = theOnlyTask(ecs);
      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster(CLUSTER).service(SERVICE).taskDefinition("web:2")
          .build());

      ecs.ecs().updateContainerInstancesState(q -> q.cluster(CLUSTER).containerInstances(old.containerInstanceArn()
          .orElseThrow()).status(ContainerInstanceStatus.DRAINING)).containerInstances().get(0);

      ecs.await(Conditions.serviceSteady(CLUSTER, SERVICE)).atMost(TEN_MINUTES);
      Task now = theOnlyTask(ecs);
      assertThat(now.taskDefinitionArn()).endsWith("/web:2");
      assertThat(now.containerInstanceArn()).isNotEqualTo(old.containerInstanceArn());
    }
  }

  /**
   * The update asks the old task to stop (DEACTIVATING for a second); its EC2 instance is terminated in
   * that second. The task is STOPPED once, and the service goes on to its new revision elsewhere.
   */
  @Test
  void terminatingAnInstanceWhileItsTaskIsDeactivatingStopsTheTaskOnce() {
    try (InMemoryEcs ecs = oneTaskRollingOut()) {
      Task old = theOnlyTask(ecs);
      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster(CLUSTER).service(SERVICE).taskDefinition("web:2")
          .build());
      assertThat(ecs.ecs().describeTasks(q -> q.cluster(CLUSTER).tasks(old.taskArn())).task().lastStatus())
          .isEqualTo(TaskStatus.DEACTIVATING);

      ecs.faults().terminateInstance(q -> q.cluster(CLUSTER).containerInstance(old.containerInstanceArn()
          .orElseThrow()));
      ecs.await(Conditions.serviceSteady(CLUSTER, SERVICE)).atMost(TEN_MINUTES);

      assertThat(ecs.ecs().describeTasks(q -> q.cluster(CLUSTER).tasks(old.taskArn())).task().lastStatus())
          .isEqualTo(TaskStatus.STOPPED);
      assertThat(ecs.events().timeline()).doesNotContain("STOPPED → STOPPING");
      assertThat(theOnlyTask(ecs).taskDefinitionArn()).endsWith("/web:2");
    }
  }
}

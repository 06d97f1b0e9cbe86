package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RegisteredTaskDefinition;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three answers the control plane got wrong when tried as a new user would (issue 14), each checked as ECS
 * answers it.
 */
class WrongAnswersTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  /** An m5.large and a c5.large, a service web of one task, and a standalone task definition. */
  private static Environment cluster() {
    return Ecs.environment("wrong-answers")
        .cluster("prod", c -> c.instanceGroup("general", g -> g.instanceType("m5.large").count(1)
                .zones("us-east-1a"))
            .instanceGroup("compute", g -> g.instanceType("c5.large").count(1).zones("us-east-1a")))
        .taskDefinition("web", td -> td.container("app", a -> a.image("web:1").memory(256)))
        .taskDefinition("batch", td -> td.container("job", a -> a.image("batch:1").memory(256)))
        .taskDefinition("big", td -> td.container("job", a -> a.image("big:1").memory(7168)))
        .taskDefinition("report", td -> td.container("job", a -> a.image("report:1").memory(1024)))
        .service("web", s -> s.cluster("prod").taskDefinition("web").desiredCount(1).ec2())
        .build();
  }

  /**
   * ECS's service scheduler owns the tasks it launched for its deployments (their {@code startedBy} is the
   * deployment's id), not every task whose group string reads like its own: a RunTask with
   * {@code group("service:web")} runs on, and the service keeps its own desired count of tasks.
   */
  @Test
  void aRunTaskInTheGroupOfAServiceIsNotTakenOverByTheService() {
    try (InMemoryEcs ecs = InMemoryEcs.create(14)) {
      ecs.deploy(cluster());
      ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);

      RunTaskResponse standalone = ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("batch")
          .group("service:web").build());
      ecs.clock().advance(Duration.ofMinutes(15));

      Task task = ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(standalone.tasks().get(0).taskArn())).task();
      assertThat(task.lastStatus()).as(ecs.events().timeline()).isEqualTo(TaskStatus.RUNNING);
      assertThat(task.group()).isEqualTo("service:web");
      ServiceDescription web = ecs.ecs().describeServices(q -> q.cluster("prod").services("web")).service();
      assertThat(web.runningCount()).as("the service counts only its own task").isEqualTo(1);
      assertThat(web.isSteady()).isTrue();
      assertThat(ecs.events().timeline()).doesNotContain("(task " + task.taskId() + ")");
    }
  }

  /**
   * RegisterTaskDefinition makes a new revision every time, also of an identical definition; each revision has
   * its own ARN in ListTaskDefinitions, UpdateService deploys the revision it names, and a deregistered revision
   * is still listed as INACTIVE.
   */
  @Test
  void identicalRegistrationsAreRevisionsOfTheirOwn() {
    try (InMemoryEcs ecs = InMemoryEcs.create(14)) {
      ecs.deploy(cluster());
      ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
      var web = ecs.ecs().describeTaskDefinition(q -> q.taskDefinition("web:1")).taskDefinition().taskDefinition();

      String second = ecs.ecs().registerTaskDefinition(q -> q.taskDefinition(web)).taskDefinition().taskDefinitionArn();
      String third = ecs.ecs().registerTaskDefinition(q -> q.taskDefinition(web)).taskDefinition().taskDefinitionArn();

      assertThat(second).endsWith(":task-definition/web:2");
      assertThat(third).endsWith(":task-definition/web:3");
      assertThat(ecs.ecs().listTaskDefinitions(q -> q.familyPrefix("web")).taskDefinitionArns()).containsExactly(
          ecs.ecs().describeTaskDefinition(q -> q.taskDefinition("web:1")).taskDefinition()
              .taskDefinitionArn(), second, third);

      ServiceDescription updated = ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("web")
          .taskDefinition("web:2").build()).service();
      assertThat(updated.taskDefinition()).isEqualTo(second);
      assertThat(updated.deployments().get(0).taskDefinition()).isEqualTo(second);
      ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", dev.ecsdsl.runtime.TaskFilter.running().serviceName("web")))
          .singleElement().satisfies(t -> assertThat(t.taskDefinitionArn()).isEqualTo(second));

      RegisteredTaskDefinition deregistered = ecs.ecs().deregisterTaskDefinition(q -> q.taskDefinition("web:2"))
          .taskDefinition();
      assertThat(deregistered.status()).isEqualTo(dev.ecsdsl.runtime.TaskDefinitionStatus.INACTIVE);
      assertThat(ecs.ecs().listTaskDefinitions(q -> q.familyPrefix("web")
          .status(dev.ecsdsl.runtime.TaskDefinitionStatus.INACTIVE)).taskDefinitionArns().stream()
          .filter(arn -> ecs.ecs().describeTaskDefinition(q -> q.taskDefinition(arn)).taskDefinition()
              .status() == dev.ecsdsl.runtime.TaskDefinitionStatus.INACTIVE)
          .toList())
          .containsExactly(second);
    }
  }

  /**
   * A placement failure's explanation names as closest the instance that could take the task if it had more
   * room, never one the task's memberOf excludes: here the m5.large, which lacks 207 MiB, not the c5.large,
   * which has room but is not an m5.
   */
  @Test
  void theClosestInstanceOfAnExplanationIsOneTheTaskMayRunOn() {
    try (InMemoryEcs ecs = InMemoryEcs.create(14)) {
      ecs.deploy(cluster());
      ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
      String m5 = ListAndDescribe.containerInstances(ecs.ecs(), "prod").stream()
          .filter(i -> i.attributes().get("ecs.instance-type").equals("m5.large")).findFirst().orElseThrow()
          .ec2InstanceId();
      ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("big")
          .placementConstraints(List.of(PlacementConstraint.memberOf("attribute:ecs.instance-type == m5.large")))
          .build());
      int left = ListAndDescribe.containerInstances(ecs.ecs(), "prod").stream().filter(i -> i.ec2InstanceId()
          .equals(m5))
          .findFirst().orElseThrow().remainingResources().memory();

      RunTaskResponse refused = ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("report")
          .placementConstraints(List.of(PlacementConstraint.memberOf("attribute:ecs.instance-type == m5.large")))
          .build());

      assertThat(1024 - left).isEqualTo(207);
      assertThat(refused.tasks()).isEmpty();
      assertThat(refused.explanations()).singleElement().asString()
          .endsWith("; closest instance " + m5 + " lacked 207 MiB memory");
    }
  }
}

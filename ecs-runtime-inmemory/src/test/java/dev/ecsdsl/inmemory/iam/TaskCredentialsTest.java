package dev.ecsdsl.inmemory.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.iam.TaskCredentials;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskOverride;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A running task's application credentials come from its task role, and only from it. */
class TaskCredentialsTest {
  private static final String BUCKET = "arn:aws:s3:::shop-uploads";

  private static Environment environment() {
    return Ecs.environment("iam")
        .role("uploader", r -> r.trustedBy(IamRole.ECS_TASKS).allow("s3:PutObject", BUCKET + "/*"))
        .role("reader", r -> r.trustedBy(IamRole.ECS_TASKS).allow("s3:GetObject", BUCKET + "/*"))
        .role("instance", r -> r.trustedBy(IamRole.EC2).managedPolicy(IamRole.EC2_CONTAINER_SERVICE_FOR_EC2_ROLE))
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1).zones("us-east-1a")
            .instanceProfile("instance")))
        .taskDefinition("upload", td -> td.taskRole("uploader").container("app", a -> a.image("app:1").memory(256)))
        .taskDefinition("plain", td -> td.container("app", a -> a.image("app:1").memory(256)))
        .build();
  }

  private static Task run(InMemoryEcs ecs, RunTaskRequest request) {
    Task task = ecs.ecs().runTask(request).tasks().get(0);
    ecs.clock().advance(Duration.ofMinutes(1));
    return task;
  }

  @Test
  void theTaskRoleDecidesWhatTheApplicationMayCall() {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ecs.deploy(environment());
      Task task = run(ecs, RunTaskRequest.of("prod", "upload", 1));
      TaskCredentials credentials = ecs.credentials("prod", task.taskArn());
      assertThat(credentials.roleArn()).isEqualTo("arn:aws:iam::123456789012:role/uploader");
      assertThat(credentials.sessionArn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/uploader/"
          + task.taskId());
      assertThat(credentials.isAllowed("s3:PutObject", BUCKET + "/a.png")).isTrue();
      assertThat(credentials.isAllowed("s3:GetObject", BUCKET + "/a.png")).isFalse();
      assertThat(credentials.accessDenied("s3:GetObject", BUCKET + "/a.png")).isEqualTo("AccessDeniedException: User:"
          + " arn:aws:sts::123456789012:assumed-role/uploader/" + task.taskId() + " is not authorized to perform:"
          + " s3:GetObject on resource: " + BUCKET + "/a.png because no identity-based policy allows the s3:GetObject"
          + " action");
    }
  }

  @Test
  void aTaskRoleOverrideOfRunTaskIsTheRoleTheTaskGets() {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ecs.deploy(environment());
      Task task = run(ecs, RunTaskRequest.builder().cluster("prod").taskDefinition("upload")
          .overrides(TaskOverride.builder().taskRoleArn("reader").build()).build());
      assertThat(ecs.credentials("prod", task.taskArn()).isAllowed("s3:GetObject", BUCKET + "/a.png")).isTrue();
    }
  }

  @Test
  void aTaskWithoutATaskRoleHasNoApplicationCredentials() {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ecs.deploy(environment());
      Task task = run(ecs, RunTaskRequest.of("prod", "plain", 1));
      assertThatThrownBy(() -> ecs.credentials("prod", task.taskArn()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("task " + task.taskId() + " has no task role: task definition plain sets no"
              + " taskRoleArn, so its containers get no application credentials")
          .hasMessageContaining("on EC2 its containers can still reach the credentials of instance role instance"
              + " through the instance metadata");
    }
  }

  @Test
  void aStoppedTaskHasNoCredentialsLeft() {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ecs.deploy(environment());
      Task task = run(ecs, RunTaskRequest.of("prod", "upload", 1));
      ecs.ecs().stopTask(q -> q.cluster("prod").task(task.taskArn()).reason("done"));
      ecs.clock().advance(Duration.ofMinutes(2));
      assertThatThrownBy(() -> ecs.credentials("prod", task.taskArn()))
          .hasMessageContaining("is STOPPED: its credentials ended with it");
    }
  }
}

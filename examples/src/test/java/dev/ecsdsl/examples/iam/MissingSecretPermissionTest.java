package dev.ecsdsl.examples.iam;

import static dev.ecsdsl.runtime.waiters.Conditions.serviceSteady;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.RoleBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The classic first deployment: the task definition reads its database password from Secrets Manager, but the
 * task execution role only has AmazonECSTaskExecutionRolePolicy (ECR and logs). ECS's agent cannot fetch the
 * secret, so every task stops before RUNNING with {@code TaskFailedToStart} and the AccessDeniedException in its
 * stopped reason; adding {@code secretsmanager:GetSecretValue} on the secret fixes it.
 */
class MissingSecretPermissionTest {
  private static final String ACCOUNT = "123456789012";
  private static final String DB_PASSWORD = "arn:aws:secretsmanager:us-east-1:" + ACCOUNT + ":secret:orders/db";
  private static final String IMAGE = ACCOUNT + ".dkr.ecr.us-east-1.amazonaws.com/orders/api:2.0.1";

  static Environment orders(Consumer<RoleBuilder> executionRole) {
    return Ecs.environment("orders")
        .vpc(v -> v.subnet("subnet-a", "us-east-1a", "10.0.1.0/24").subnet("subnet-b", "us-east-1b", "10.0.2.0/24"))
        .role("orders-execution", r -> executionRole.accept(r.trustedBy(IamRole.ECS_TASKS)
            .managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY)))
        .secret("orders/db", "correct-horse-battery-staple")
        .ecrRepository("orders/api", "2.0.1")
        .cluster("prod", c -> c.fargateCapacityProviders())
        .taskDefinition("orders", td -> td.fargate().cpu(512).memory(1024).executionRole("orders-execution")
            .container("api", a -> a.image(IMAGE).port(8080).secret("DB_PASSWORD", DB_PASSWORD)))
        .service("orders", s -> s.cluster("prod").taskDefinition("orders").desiredCount(2).fargate()
            .subnets("subnet-a", "subnet-b"))
        .build();
  }

  @Test
  void withoutGetSecretValueEveryTaskStopsBeforeRunningWithEcsStoppedReason() {
    try (InMemoryEcs ecs = InMemoryEcs.create(2024)) {
      ecs.deploy(orders(role -> { }));
      ecs.clock().advance(Duration.ofMinutes(5));

      List<Task> tasks = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all().serviceName("orders"));
      assertThat(tasks).isNotEmpty().allSatisfy(task -> {
        assertThat(task.lastStatus()).isEqualTo(TaskStatus.STOPPED);
        assertThat(task.startedAt()).as("never RUNNING").isEmpty();
        assertThat(task.stopCode()).contains(StopCode.TaskFailedToStart);
        assertThat(task.stoppedReason()).contains("ResourceInitializationError: unable to pull secrets or registry"
            + " auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been"
            + " retried 1 time(s): failed to fetch secret " + DB_PASSWORD + " from secrets manager:"
            + " AccessDeniedException: User: arn:aws:sts::" + ACCOUNT + ":assumed-role/orders-execution/"
            + task.taskId() + " is not authorized to perform: secretsmanager:GetSecretValue on resource: "
            + DB_PASSWORD + " because no identity-based policy allows the secretsmanager:GetSecretValue action");
      });
      assertThat(orders(ecs).runningCount()).isZero();
    }
  }

  @Test
  void grantingGetSecretValueOnTheSecretLetsTheServiceReachItsDesiredCount() {
    try (InMemoryEcs ecs = InMemoryEcs.create(2024)) {
      ecs.deploy(orders(role -> role.allow("secretsmanager:GetSecretValue", DB_PASSWORD)));
      ecs.await(serviceSteady("prod", "orders")).atMost(Duration.ofMinutes(10));
      assertThat(orders(ecs).runningCount()).isEqualTo(2);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all())).noneMatch(t -> t.stopCode().isPresent());
    }
  }

  private static ServiceDescription orders(InMemoryEcs ecs) {
    return ecs.ecs().describeServices(r -> r.cluster("prod").services("orders")).service();
  }
}

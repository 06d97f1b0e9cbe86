package dev.ecsdsl.inmemory.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.dsl.RoleBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The agent's credential step before a task starts: secrets, SSM parameters and ECR pulls with the task
 * execution role (Fargate) or the container instance role (EC2); a denial stops the task before RUNNING with
 * TaskFailedToStart and ECS's text.
 */
class ExecutionRoleTest {
  private static final String ACCOUNT = "123456789012";
  private static final String DB_SECRET = "arn:aws:secretsmanager:us-east-1:" + ACCOUNT + ":secret:shop/db";
  private static final String IMAGE = ACCOUNT + ".dkr.ecr.us-east-1.amazonaws.com/shop/web:1.4.2";

  /** A Fargate service of one task whose container reads secret shop/db and parameter /shop/api-key. */
  private static EnvironmentBuilder fargate(Consumer<RoleBuilder> executionRole, String image) {
    return Ecs.environment("iam")
        .vpc(v -> v.subnet("subnet-a", "us-east-1a", "10.0.1.0/24").subnet("subnet-b", "us-east-1b", "10.0.2.0/24"))
        .role("execution", r -> executionRole.accept(r.trustedBy(IamRole.ECS_TASKS)))
        .secret("shop/db", "s3cr3t")
        .ssmParameter("/shop/api-key", "k3y")
        .ecrRepository("shop/web", "1.4.2")
        .cluster("prod", c -> c.fargateCapacityProviders())
        .taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
            .container("app", a -> a.image(image).port(8080)
                .secret("DB_PASSWORD", DB_SECRET).secret("API_KEY", "/shop/api-key")))
        .service("web", s -> s.cluster("prod").taskDefinition("web").desiredCount(1).fargate()
            .subnets("subnet-a", "subnet-b"));
  }

  private static Task firstTask(EnvironmentBuilder environment) {
    try (InMemoryEcs ecs = InMemoryEcs.create(11)) {
      ecs.deploy(environment.build());
      ecs.clock().advance(Duration.ofMinutes(1));
      List<Task> tasks = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all());
      return tasks.get(0);
    }
  }

  @Test
  void aTaskWhoseExecutionRoleMayReadItsSecretsAndPullItsImageRuns() {
    Task task = firstTask(fargate(r -> r.managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY)
        .allow("secretsmanager:GetSecretValue", "arn:aws:secretsmanager:us-east-1:" + ACCOUNT + ":secret:shop/*")
        .allow("ssm:GetParameters", "arn:aws:ssm:us-east-1:" + ACCOUNT + ":parameter/shop/*"), IMAGE));
    assertThat(task.lastStatus()).isEqualTo(TaskStatus.RUNNING);
  }

  @Test
  void withoutSecretsmanagerGetSecretValueTheTaskStopsBeforeRunningWithEcsResourceInitializationError() {
    Task task = firstTask(fargate(r -> r.managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY)
        .allow("ssm:GetParameters", "*"), IMAGE));
    assertThat(task.lastStatus()).isEqualTo(TaskStatus.STOPPED);
    assertThat(task.startedAt()).as("never RUNNING").isEmpty();
    assertThat(task.stopCode()).contains(StopCode.TaskFailedToStart);
    assertThat(task.stoppedReason()).contains("ResourceInitializationError: unable to pull secrets or registry auth:"
        + " execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1"
        + " time(s): failed to fetch secret " + DB_SECRET + " from secrets manager: AccessDeniedException: User:"
        + " arn:aws:sts::" + ACCOUNT + ":assumed-role/execution/" + task.taskId() + " is not authorized to perform:"
        + " secretsmanager:GetSecretValue on resource: " + DB_SECRET + " because no identity-based policy allows the"
        + " secretsmanager:GetSecretValue action");
  }

  @Test
  void anExplicitDenyOnTheSecretWinsOverAnAllowOnEverything() {
    Task task = firstTask(fargate(r -> r.managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY)
        .allow("secretsmanager:*", "*").allow("ssm:*", "*").deny("secretsmanager:GetSecretValue", DB_SECRET), IMAGE));
    assertThat(task.stopCode()).contains(StopCode.TaskFailedToStart);
    assertThat(task.stoppedReason().orElseThrow())
        .endsWith("on resource: " + DB_SECRET + " with an explicit deny in an identity-based policy");
  }

  @Test
  void anSsmParameterTheRoleMayNotReadFailsWithTheSsmText() {
    Task task = firstTask(fargate(r -> r.managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY)
        .allow("secretsmanager:GetSecretValue", "*"), IMAGE));
    assertThat(task.stoppedReason().orElseThrow()).contains("unable to retrieve secrets from ssm:")
        .contains("is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:us-east-1:" + ACCOUNT
            + ":parameter/shop/api-key");
  }

  @Test
  void onFargateAnExecutionRoleWithoutEcrRightsCannotGetTheRegistryAuthToken() {
    Task task = firstTask(fargate(r -> r.allow("secretsmanager:GetSecretValue", "*").allow("ssm:GetParameters", "*"),
        IMAGE));
    assertThat(task.stoppedReason().orElseThrow()).startsWith("ResourceInitializationError: unable to pull secrets"
        + " or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth:")
        .contains("is not authorized to perform: ecr:GetAuthorizationToken on resource: *");
  }

  @Test
  void aRoleThatMayNotReadTheRepositoryGets403FromTheRegistry() {
    Task task = firstTask(fargate(r -> r.managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY)
        .allow("secretsmanager:GetSecretValue", "*").allow("ssm:GetParameters", "*")
        .deny("ecr:BatchGetImage", "arn:aws:ecr:us-east-1:" + ACCOUNT + ":repository/shop/*"), IMAGE));
    assertThat(task.stoppedReason()).contains("CannotPullContainerError: pull image manifest has been retried 1"
        + " time(s): failed to resolve ref " + IMAGE + ": pulling from host " + ACCOUNT
        + ".dkr.ecr.us-east-1.amazonaws.com failed with status code [manifests 1.4.2]: 403 Forbidden");
  }

  /** An EC2 service of one task pulling from ECR, on instances whose instance profile has the given role. */
  private static EnvironmentBuilder ec2(Consumer<RoleBuilder> instanceRole) {
    return Ecs.environment("iam")
        .role("instance", r -> instanceRole.accept(r.trustedBy(IamRole.EC2)))
        .ecrRepository("shop/web", "1.4.2")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1)
            .zones("us-east-1a").instanceProfile("instance")))
        .taskDefinition("web", td -> td.container("app", a -> a.image(IMAGE).memory(512)))
        .service("web", s -> s.cluster("prod").taskDefinition("web").desiredCount(1).ec2());
  }

  @Test
  void onEc2TheContainerInstanceRolePullsFromEcr() {
    assertThat(firstTask(ec2(r -> r.managedPolicy(IamRole.EC2_CONTAINER_SERVICE_FOR_EC2_ROLE))).lastStatus())
        .isEqualTo(TaskStatus.RUNNING);
    Task denied = firstTask(ec2(r -> r.allow("ecs:*")));
    assertThat(denied.stopCode()).contains(StopCode.TaskFailedToStart);
    assertThat(denied.stoppedReason().orElseThrow()).startsWith("CannotPullECRContainerError: AccessDeniedException:"
        + " User: arn:aws:sts::" + ACCOUNT + ":assumed-role/instance/" + denied.ec2InstanceId().orElseThrow()
        + " is not authorized to perform: ecr:GetAuthorizationToken on resource: *");
  }
}

package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The task execution role is checked at task start on Docker as in memory: a task whose execution role
 * may not read its secret stops before RUNNING with ECS's error, and no container of it is created; with
 * the permission, the secret's value reaches the container's environment.
 */
@RequiresDocker
class ExecutionRoleOnDockerTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-password";

  private static Environment environment(boolean mayRead) {
    return DockerTesting.webVpc("roles")
        .role("execution", r -> {
          r.trustedBy(IamRole.ECS_TASKS).managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY);
          if (mayRead) {
            r.allow("secretsmanager:GetSecretValue", SECRET);
          }
        })
        .secret("db-password", "s3cr3t")
        .cluster("roles", c -> c.fargateCapacityProviders())
        .taskDefinition("app", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
            .container("app", a -> a.image(ENGINE.busybox()).memory(64).secret("DB_PASSWORD", SECRET)
                .command("sh", "-c", "echo password=$DB_PASSWORD")))
        .build();
  }

  private static Task runToTheEnd(DockerEcs ecs) {
    Task task = ecs.ecs().runTask(RunTaskRequest.builder().cluster("roles").taskDefinition("app")
        .launchType(dev.ecsdsl.model.LaunchType.FARGATE)
        .networkConfiguration(dev.ecsdsl.model.NetworkConfiguration.of(java.util.List.of("subnet-a"),
            java.util.List.of("sg-web"))).build()).tasks().get(0);
    ecs.await("the task to stop", r -> describe(r, task).lastStatus() == TaskStatus.STOPPED).atMost(PATIENCE);
    return describe(ecs, task);
  }

  private static Task describe(EcsRuntime runtime, Task task) {
    return runtime.ecs().describeTasks(d -> d.cluster("roles").tasks(task.taskArn())).task();
  }

  @Test
  void withoutGetSecretValueTheTaskStopsBeforeRunningWithEcsError() {
    DockerEcs ecs = ENGINE.runtime(3, environment(false));

    Task task = runToTheEnd(ecs);

    assertThat(task.stopCode()).contains(StopCode.TaskFailedToStart);
    assertThat(task.stoppedReason().orElseThrow()).startsWith("ResourceInitializationError: unable to pull secrets")
        .contains("is not authorized to perform: secretsmanager:GetSecretValue on resource: " + SECRET);
    assertThat(task.startedAt()).isEmpty();
  }

  @Test
  void withThePermissionTheSecretReachesTheContainer() {
    DockerEcs ecs = ENGINE.runtime(3, environment(true));

    Task task = runToTheEnd(ecs);

    assertThat(task.containers().get(0).exitCode()).contains(0);
    assertThat(ecs.logs().getLogEvents(r -> r.cluster("roles").task(task.taskArn()).container("app")).messages())
        .containsExactly("password=s3cr3t");
  }
}

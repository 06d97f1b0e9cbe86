package dev.ecsdsl.examples.json;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.json.JsonImport;
import dev.ecsdsl.junit.Deploy;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.junit.Service;
import dev.ecsdsl.junit.ServiceHandle;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.TaskDefinition;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The {@code task-definition.json} and {@code service.json} a team already keeps for
 * {@code aws ecs register-task-definition --cli-input-json} and {@code aws ecs create-service}, imported
 * unchanged; only what lives outside those files (the VPC, the roles, the secret, the ECR repository) is
 * described here. The service then runs as it would on ECS.
 */
@EcsTest(seed = 5)
class ExistingJsonFilesTest {
  static final JsonImport<TaskDefinition> TASK_DEFINITION = EcsJson.readTaskDefinition(file(
      "checkout-task-definition.json"));
  static final JsonImport<dev.ecsdsl.model.Service> SERVICE = EcsJson.readService(file("checkout-service.json"));

  @Deploy static Environment shop = Ecs.environment("shop").account("123456789012")
      .vpc(v -> v.cidr("10.20.0.0/16")
          .subnet("subnet-0a1b2c3d", "us-east-1a", "10.20.1.0/24")
          .subnet("subnet-4e5f6a7b", "us-east-1b", "10.20.2.0/24")
          .securityGroup("sg-0checkout", sg -> sg.ingress(8443, "10.20.0.0/16")))
      .role("checkout-execution", r -> r.trustedBy(IamRole.ECS_TASKS).managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY)
          .allow("secretsmanager:GetSecretValue",
              "arn:aws:secretsmanager:us-east-1:123456789012:secret:checkout/payment-key"))
      .role("checkout-task", r -> r.trustedBy(IamRole.ECS_TASKS).allow("dynamodb:PutItem",
          "arn:aws:dynamodb:us-east-1:123456789012:table/orders"))
      .secret("checkout/payment-key", "pk_test_123")
      .ecrRepository("checkout", "3.1.0")
      .cluster("shop", c -> c.fargateCapacityProviders())
      .taskDefinition(TASK_DEFINITION.value())
      .service(SERVICE.value())
      .build();

  @Service("checkout") ServiceHandle checkout;

  private static Path file(String name) {
    try {
      return Paths.get(ExistingJsonFilesTest.class.getResource("/ecs-json/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theFilesImportWithoutLosingAnythingEcsWouldUse() {
    assertThat(TASK_DEFINITION.warnings()).isEmpty();
    assertThat(SERVICE.warnings()).isEmpty();
    assertThat(TASK_DEFINITION.value().containerDefinitions().get(0).secrets()).hasSize(1);
  }

  @Test
  void theServiceFromTheFilesReachesASteadyStateSpreadOverItsSubnetsZones() {
    checkout.awaitSteady(Duration.ofHours(1));

    assertThat(checkout).isSteady().hasRunningCount(3).runsTaskDefinition("checkout:1").allTasksHealthy()
        .tasksSpreadAcross("ecs.availability-zone");
  }

  @Test
  void theTaskRoleFromTheFileAllowsWhatTheApplicationNeedsAndNoMore(dev.ecsdsl.inmemory.InMemoryEcs ecs) {
    checkout.awaitSteady(Duration.ofHours(1));
    var task = checkout.runningTasks().get(0);

    assertThat(ecs.credentials("shop", task.taskArn()).isAllowed("dynamodb:PutItem",
        "arn:aws:dynamodb:us-east-1:123456789012:table/orders")).isTrue();
    assertThat(ecs.credentials("shop", task.taskArn()).isAllowed("dynamodb:DeleteTable",
        "arn:aws:dynamodb:us-east-1:123456789012:table/orders")).isFalse();
  }
}

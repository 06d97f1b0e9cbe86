package dev.ecsdsl.examples.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.dsl.RoleBuilder;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.Severity;
import dev.ecsdsl.validation.ValidationResult;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Permissions on the container instance role leak to every task on the instance: containers reach the instance
 * role's credentials through the instance metadata, so "limit the permissions in your container instance role to
 * the minimal list of permissions that are provided in the managed AmazonEC2ContainerServiceforEC2Role policy"
 * (Amazon ECS Developer Guide). Validation warns about each statement that goes beyond it
 * ({@code instance-role-task-permissions}); ECS accepts the description, so it is a warning, not an error.
 */
class InstanceProfileLintTest {

  static EnvironmentBuilder cluster(Consumer<RoleBuilder> instanceRole) {
    return Ecs.environment("shop")
        .role("ecsInstanceRole", r -> instanceRole.accept(r.trustedBy(IamRole.EC2)
            .managedPolicy(IamRole.EC2_CONTAINER_SERVICE_FOR_EC2_ROLE)))
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(2)
            .zones("us-east-1a", "us-east-1b").instanceProfile("ecsInstanceRole")))
        .taskDefinition("orders", td -> td.container("app", a -> a.image("shop/orders:1").memory(256)))
        .service("orders", s -> s.cluster("prod").taskDefinition("orders").desiredCount(2).ec2());
  }

  @Test
  void theManagedPolicyAloneRaisesNothing() {
    assertThat(cluster(role -> { }).validate().problems()).isEmpty();
  }

  @Test
  void applicationPermissionsOnTheInstanceRoleAreWarnedAboutOneStatementAtATime() {
    ValidationResult result = cluster(role -> role
        .allow("s3:*", "arn:aws:s3:::shop-uploads/*")
        .allow("dynamodb:*", "*")
        .allow("secretsmanager:GetSecretValue", "*")
        .allow("ecs:Poll", "*")).validate();

    assertThat(result.isValid()).as("ECS accepts it: warnings only").isTrue();
    assertThat(result.warnings()).hasSize(3).allSatisfy(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.rule()).isEqualTo("instance-role-task-permissions");
      assertThat(p.fix()).isEqualTo("move the statement to the task role of the tasks that need it (taskRoleArn)"
          + " and keep role ecsInstanceRole to AmazonEC2ContainerServiceforEC2Role");
    });
    Problem s3 = result.warnings().get(0);
    assertThat(s3.path()).hasToString(
        "cluster prod → instance group hosts → iamInstanceProfile → role ecsInstanceRole → statements[0]");
    assertThat(s3.message()).isEqualTo("instance role ecsInstanceRole allows s3:* on arn:aws:s3:::shop-uploads/*:"
        + " every container on these instances can use it through the instance metadata");
    assertThat(result.warnings()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).startsWith("instance role ecsInstanceRole allows dynamodb:* on *"))
        .anySatisfy(m -> assertThat(m).startsWith("instance role ecsInstanceRole allows secretsmanager:GetSecretValue"))
        .noneSatisfy(m -> assertThat(m).contains("ecs:Poll"));
  }

  @Test
  void buildingStillSucceedsSoExistingSetupsKeepDeploying() {
    assertThat(cluster(role -> role.allow("sqs:*", "*")).build().roles()).hasSize(1);
  }
}

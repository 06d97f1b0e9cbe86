package dev.ecsdsl.control.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.PolicyStatement;
import dev.ecsdsl.model.Secret;
import dev.ecsdsl.model.TaskDefinition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a secret's valueFrom designates, and which values reach a container's environment. */
class SecretReferenceTest {
  private static final Environment ENV = Environment.builder().name("e")
      .putSecret("shop/db", "s3cr3t").putSsmParameter("/shop/api-key", "k3y").putSsmParameter("plain", "p")
      .addRole(IamRole.builder().roleName("execution").addTrustedService(IamRole.ECS_TASKS)
          .addStatement(PolicyStatement.allow(List.of("ssm:GetParameters"), List.of("*"))).build())
      .build();

  @Test
  void namesAreParametersOfTheTaskRegionAndAccountUnlessOnlyASecretHasTheName() {
    assertThat(SecretReference.resolve(ENV, "/shop/api-key")).contains(new SecretReference(
        SecretReference.Store.SSM_PARAMETER_STORE, "arn:aws:ssm:us-east-1:123456789012:parameter/shop/api-key",
        Optional.of("k3y")));
    assertThat(SecretReference.resolve(ENV, "plain").orElseThrow().arn())
        .isEqualTo("arn:aws:ssm:us-east-1:123456789012:parameter/plain");
    assertThat(SecretReference.resolve(ENV, "shop/db")).contains(new SecretReference(
        SecretReference.Store.SECRETS_MANAGER, "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/db",
        Optional.of("s3cr3t")));
  }

  @Test
  void secretsManagerArnsDropTheirJsonKeyAndFindTheSecretWithoutItsSuffix() {
    SecretReference ref = SecretReference.resolve(ENV,
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/db-AbCdEf:password::").orElseThrow();
    assertThat(ref.arn()).isEqualTo("arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/db-AbCdEf");
    assertThat(ref.value()).contains("s3cr3t");
    assertThat(SecretReference.resolve(ENV, "arn:aws:secretsmanager:eu-west-1:999999999999:secret:x")
        .orElseThrow().value()).as("another account's secret has no known value").isEmpty();
    assertThat(SecretReference.resolve(ENV, "arn:aws:s3:::bucket/key")).isEmpty();
  }

  @Test
  void onlySecretsTheExecutionRoleMayReadReachTheContainer() {
    ContainerDefinition app = ContainerDefinition.builder().name("app").image("app:1")
        .addSecrets(Secret.of("API_KEY", "/shop/api-key"), Secret.of("DB_PASSWORD", "shop/db")).build();
    TaskDefinition withRole = TaskDefinition.builder().family("web").executionRoleArn("execution")
        .addContainerDefinitions(app).build();
    assertThat(TaskSecrets.values(ENV, withRole, app)).containsExactly(java.util.Map.entry("API_KEY", "k3y"));
    TaskDefinition withoutRole = TaskDefinition.builder().family("web").addContainerDefinitions(app).build();
    assertThat(TaskSecrets.values(ENV, withoutRole, app)).isEmpty();
  }
}

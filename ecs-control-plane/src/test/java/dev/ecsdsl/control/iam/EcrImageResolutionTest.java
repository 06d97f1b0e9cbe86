package dev.ecsdsl.control.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.EcrRepository;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.TaskDefinition;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An ECR URI of the environment's account resolves only the tags pushed to its repository (deploy-time
 * validation rejects others; this is what a pull does when a description skips it).
 */
class EcrImageResolutionTest {
  private static final String REGISTRY = "123456789012.dkr.ecr.us-east-1.amazonaws.com/";
  private static final Environment ENV = Environment.builder().name("e")
      .addEcrRepository(EcrRepository.builder().repositoryName("shop/web").addImageTag("1.4.2").build())
      .addRole(IamRole.builder().roleName("execution").addManagedPolicyArn(IamRole.TASK_EXECUTION_ROLE_POLICY).build())
      .build();

  private static Optional<String> pull(String image) {
    TaskDefinition definition = TaskDefinition.builder().family("web").executionRoleArn("execution")
        .addContainerDefinition(ContainerDefinition.builder().name("app").image(image).build()).build();
    TaskLaunch launch = new TaskLaunch("arn:aws:ecs:us-east-1:123456789012:task/prod/0123", "prod", Optional.empty(),
        Optional.empty(), "us-east-1a", "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1", definition,
        Optional.of("10.0.1.5"), Map.of(), Map.of());
    return ExecutionResourceRetrieval.failure(ENV, launch, Optional.empty());
  }

  @Test
  void aPushedTagResolves() {
    assertThat(pull(REGISTRY + "shop/web:1.4.2")).isEmpty();
  }

  @Test
  void aTagThatWasNeverPushedIsNotFound() {
    assertThat(pull(REGISTRY + "shop/web:9.9.9")).contains("CannotPullContainerError: pull image manifest has been"
        + " retried 5 time(s): failed to resolve ref " + REGISTRY + "shop/web:9.9.9: " + REGISTRY
        + "shop/web:9.9.9: not found");
  }

  @Test
  void withoutATagTheUriMeansLatestWhichWasNotPushed() {
    assertThat(pull(REGISTRY + "shop/web")).hasValueSatisfying(reason -> assertThat(reason).endsWith(": not found"));
  }

  @Test
  void aRepositoryTheEnvironmentDoesNotHaveIsNotFoundEither() {
    assertThat(pull(REGISTRY + "shop/api:1.0")).hasValueSatisfying(reason -> assertThat(reason).endsWith("not found"));
  }

  @Test
  void anotherAccountsRegistryIsNotJudged() {
    assertThat(pull("999999999999.dkr.ecr.us-east-1.amazonaws.com/shared/base:1")).isEmpty();
  }
}

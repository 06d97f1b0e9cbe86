package dev.ecsdsl.control.iam;

import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.EcrImageUri;
import dev.ecsdsl.model.EcrRepository;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.LogConfiguration;
import dev.ecsdsl.model.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the agent does with IAM credentials before a task's containers can start, in ECS's order, and the first
 * failure as ECS reports it in {@code stoppedReason}:
 *
 * <ol>
 *   <li>Fargate: the ECR registry auth token with the task execution role ({@code ecr:GetAuthorizationToken});
 *   <li>private registry credentials ({@code repositoryCredentials}) with the task execution role;
 *   <li>the containers' {@code secrets} and log {@code secretOptions} with the task execution role
 *       ({@code secretsmanager:GetSecretValue}, {@code ssm:GetParameters});
 *   <li>ECR image pulls, with the task execution role on Fargate and the container instance role on EC2 ("Using
 *       Amazon ECR images with Amazon ECS", Amazon ECR User Guide): the auth token on EC2, then {@code
 *       ecr:BatchGetImage} and {@code ecr:GetDownloadUrlForLayer} on the repository, then the tag itself: only tags
 *       pushed to the environment's repository resolve.
 * </ol>
 *
 * <p>Credential failures on Fargate are {@code ResourceInitializationError: unable to pull secrets or registry
 * auth: execution resource retrieval failed: …} (AWS re:Post, "resolve ResourceInitializationError … for ECS
 * tasks"); the AccessDeniedException names the session {@code assumed-role/<role>/<task id>}. Newer agents wrap
 * the AccessDeniedException in the AWS SDK's "operation error … https response error StatusCode: 400, RequestID:
 * …" text, which carries a random request id: left out here. Simplified: EC2 tasks report the same text for secrets; an EC2 task whose
 * instance group has no instance profile is not checked for ECR pulls (the description does not say which role
 * the instance has); a role outside the environment (another account) is not checked; neither is awslogs.
 */
final class ExecutionResourceRetrieval {
  private static final String RESOURCE_INITIALIZATION =
      "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: ";

  private ExecutionResourceRetrieval() {}

  /** The first failure of the task's credential step, or empty when it may start. */
  static Optional<String> failure(Environment env, TaskLaunch task, Optional<IamRole> instanceRole) {
    boolean fargate = task.containerInstanceArn().isEmpty();
    Optional<AssumedRole> execution = task.taskDefinition().executionRoleArn().flatMap(env::role)
        .map(r -> new AssumedRole(r, env.accountId(), task.taskId()));
    Optional<AssumedRole> puller = fargate ? execution
        : instanceRole.map(r -> new AssumedRole(r, env.accountId(), task.ec2InstanceId().orElse("")));
    List<ContainerDefinition> containers = task.taskDefinition().containerDefinitions();
    boolean pullsFromEcr = containers.stream().anyMatch(c -> EcrImageUri.parse(c.image()).isPresent());
    List<String> failures = new ArrayList<>();
    if (fargate && pullsFromEcr && execution.isPresent()
        && execution.get().certainlyDenied("ecr:GetAuthorizationToken", "*")) {
      failures.add(RESOURCE_INITIALIZATION + "unable to retrieve ecr registry auth: service call has been retried 1"
          + " time(s): " + execution.get().accessDenied("ecr:GetAuthorizationToken", "*"));
    }
    execution.ifPresent(role -> containers.forEach(c -> secrets(env, role, c, failures)));
    puller.ifPresent(role -> containers.forEach(c -> pull(env, role, !fargate, c, failures)));
    containers.forEach(c -> EcrImageUri.parse(c.image()).ifPresent(uri -> pushed(env, c.image(), uri, failures)));
    return failures.stream().findFirst();
  }

  private static void secrets(Environment env, AssumedRole role, ContainerDefinition container, List<String> failures) {
    container.repositoryCredentials().ifPresent(credentials -> {
      String arn = SecretReference.resolve(env, credentials.credentialsParameter())
          .map(SecretReference::arn).orElse(credentials.credentialsParameter());
      if (role.certainlyDenied("secretsmanager:GetSecretValue", arn)) {
        failures.add(RESOURCE_INITIALIZATION + "unable to get registry auth from asm: service call has been retried 1"
            + " time(s): asm fetching secret from the service for " + credentials.credentialsParameter() + ": "
            + role.accessDenied("secretsmanager:GetSecretValue", arn));
      }
    });
    List<Secret> all = new ArrayList<>(container.secrets());
    container.logConfiguration().map(LogConfiguration::secretOptions).ifPresent(all::addAll);
    for (Secret secret : all) {
      Optional<SecretReference> reference = SecretReference.resolve(env, secret.valueFrom());
      if (reference.isEmpty() || !role.certainlyDenied(reference.get().store().action(), reference.get().arn())) {
        continue;
      }
      SecretReference ref = reference.get();
      String denied = role.accessDenied(ref.store().action(), ref.arn());
      failures.add(RESOURCE_INITIALIZATION + (ref.store() == SecretReference.Store.SECRETS_MANAGER
          ? "unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret "
              + ref.arn() + " from secrets manager: " + denied
          : "unable to retrieve secrets from ssm: service call has been retried 1 time(s): " + denied));
    }
  }

  private static void pull(Environment env, AssumedRole role, boolean ec2, ContainerDefinition container,
      List<String> failures) {
    Optional<EcrImageUri> image = EcrImageUri.parse(container.image());
    if (image.isEmpty()) {
      return;
    }
    EcrImageUri uri = image.get();
    if (ec2 && role.certainlyDenied("ecr:GetAuthorizationToken", "*")) {
      failures.add("CannotPullECRContainerError: " + role.accessDenied("ecr:GetAuthorizationToken", "*"));
      return;
    }
    if (role.certainlyDenied("ecr:BatchGetImage", uri.repositoryArn())
        || role.certainlyDenied("ecr:GetDownloadUrlForLayer", uri.repositoryArn())) {
      failures.add("CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref "
          + container.image() + ": pulling from host " + uri.registry() + " failed with status code [manifests "
          + uri.digest().orElse(uri.tagOrLatest()) + "]: 403 Forbidden");
    }
  }

  /** Only tags pushed to a repository of the environment resolve (another account's repositories: unknown). */
  private static void pushed(Environment env, String image, EcrImageUri uri, List<String> failures) {
    if (!uri.account().equals(env.accountId()) || !uri.region().equals(env.region()) || uri.digest().isPresent()) {
      return;
    }
    boolean pushed = env.ecrRepository(uri.repository()).map(EcrRepository::imageTags)
        .map(tags -> tags.contains(uri.tagOrLatest())).orElse(false);
    if (!pushed) {
      failures.add("CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref "
          + image + ": " + image + ": not found");
    }
  }
}

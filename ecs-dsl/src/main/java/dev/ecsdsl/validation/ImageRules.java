package dev.ecsdsl.validation;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.EcrImageUri;
import dev.ecsdsl.model.EcrRepository;
import dev.ecsdsl.model.Environment;
import java.util.List;
import java.util.Optional;

/**
 * Rules about container images: pulling from a private ECR repository (or with private registry
 * credentials) needs a task execution role, and an ECR image of the environment's account must name an
 * existing repository and a pushed tag.
 */
final class ImageRules {
  private ImageRules() {}

  /**
   * Doc: a task execution role is required when a Fargate task pulls from an Amazon ECR private repository, and
   * (Fargate or EC2) when it uses private registry authentication (repositoryCredentials).
   */
  static final Rule NEEDS_EXECUTION_ROLE = Rule.error("private-image-requires-execution-role",
      "Private ECR images on Fargate, and repositoryCredentials anywhere, need a task execution role",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html");

  /** Doc: an ECR image URI registry/repository:tag resolves only to a repository and tag that exist (environment context). */
  static final Rule ECR_IMAGE_UNKNOWN = Rule.error("ecr-image-unknown",
      "An ECR image of the environment's account must name an existing repository and a pushed tag",
      "https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-pull-ecr-image.html");

  static final List<Rule> RULES = List.of(NEEDS_EXECUTION_ROLE, ECR_IMAGE_UNKNOWN);

  /** The ECR image an image reference names, if it is an ECR URI. */
  static Optional<EcrImageUri> parse(String image) {
    return EcrImageUri.parse(image);
  }

  /** Checks the image of every container. */
  static void check(TaskScope s, Findings f) {
    for (ContainerDefinition c : s.td().containerDefinitions()) {
      ProblemPath path = s.container(c).then("image");
      Optional<EcrImageUri> ecr = parse(c.image());
      if (!s.hasExecutionRole()) {
        if (c.repositoryCredentials().isPresent()) {
          f.add(NEEDS_EXECUTION_ROLE, s.container(c).then("repositoryCredentials"),
              "container " + c.name() + " pulls with repositoryCredentials but the task definition has no"
                  + " executionRoleArn to read the credentials secret with",
              "set executionRoleArn to a role trusted by ecs-tasks.amazonaws.com that may read "
                  + c.repositoryCredentials().get().credentialsParameter());
        } else if (s.fargate() && ecr.isPresent()) {
          f.add(NEEDS_EXECUTION_ROLE, path,
              "container " + c.name() + " pulls " + c.image() + " from a private ECR repository on Fargate, but the"
                  + " task definition has no executionRoleArn",
              "set executionRoleArn to a role trusted by ecs-tasks.amazonaws.com with"
                  + " AmazonECSTaskExecutionRolePolicy");
        }
      }
      if (s.env().isPresent() && ecr.isPresent()) {
        known(s.env().get(), c, ecr.get(), path, f);
      }
    }
  }

  private static void known(Environment env, ContainerDefinition c, EcrImageUri img, ProblemPath path, Findings f) {
    if (!img.account().equals(env.accountId()) || !img.region().equals(env.region())) {
      return;
    }
    Optional<EcrRepository> repo = env.ecrRepository(img.repository());
    if (repo.isEmpty()) {
      f.add(ECR_IMAGE_UNKNOWN, path,
          "image " + c.image() + " names ECR repository " + img.repository() + ", which the environment does not"
              + " have (repositories: " + LoadBalancerRules.names(
                  env.ecrRepositories().stream().map(EcrRepository::repositoryName).toList()) + ")",
          "add repository " + img.repository() + " to the environment or fix the image URI");
      return;
    }
    if (img.digest().isPresent()) {
      return;
    }
    String tag = img.tag().orElse("latest");
    if (!repo.get().imageTags().contains(tag)) {
      f.add(ECR_IMAGE_UNKNOWN, path,
          "image " + c.image() + " names tag " + tag + (img.tag().isEmpty() ? " (the default)" : "")
              + ", which was not pushed to repository " + img.repository() + " (tags: "
              + LoadBalancerRules.names(repo.get().imageTags()) + ")",
          "push tag " + tag + " to " + img.repository() + " or use one of its tags");
    }
  }
}

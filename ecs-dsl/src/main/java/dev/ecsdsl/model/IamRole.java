package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An IAM role: who may assume it (the trusted service principals of its trust policy) and what it allows.
 * Task and task execution roles are trusted by {@code ecs-tasks.amazonaws.com}; an instance profile's role by
 * {@code ec2.amazonaws.com}; EventBridge's role for scheduled tasks by {@code events.amazonaws.com}.
 */
@Value.Immutable
public interface IamRole {
  /** Trusted principal of task and task execution roles. */
  String ECS_TASKS = "ecs-tasks.amazonaws.com";
  /** Trusted principal of container instance roles (instance profiles). */
  String EC2 = "ec2.amazonaws.com";
  /** Trusted principal of the role EventBridge runs scheduled tasks with. */
  String EVENTS = "events.amazonaws.com";
  /**
   * Trusted principal of the roles ECS itself assumes: the infrastructure role for load balancers of blue/green,
   * linear and canary deployments, and the role that invokes lifecycle hook functions.
   */
  String ECS = "ecs.amazonaws.com";
  /** AWS managed policy that lets ECS pull from ECR and write to CloudWatch Logs. */
  String TASK_EXECUTION_ROLE_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
  /** AWS managed policy of container instances (agent registration, ECR pull, logs). */
  String EC2_CONTAINER_SERVICE_FOR_EC2_ROLE =
      "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role";

  /** {@return the role name} */
  String roleName();

  /** {@return the service principals of the trust policy} */
  List<String> trustedServices();

  /** {@return the inline policy statements} */
  List<PolicyStatement> statements();

  /** {@return the attached managed policies, by ARN} */
  List<String> managedPolicyArns();

  /**
   * {@return the role's ARN in the given account}
   *
   * @param accountId 12-digit AWS account id
   */
  default String arn(String accountId) {
    return "arn:aws:iam::" + accountId + ":role/" + roleName();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link IamRole}. */
  class Builder extends ImmutableIamRole.Builder {}
}

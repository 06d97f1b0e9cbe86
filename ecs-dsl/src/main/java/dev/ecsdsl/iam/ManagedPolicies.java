package dev.ecsdsl.iam;

import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.PolicyStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The statements of the AWS managed policies a description may attach, as the Amazon ECS Developer Guide
 * ("AWS managed policies for Amazon Elastic Container Service") publishes them. Statements with a
 * {@code Condition} are left out: conditions are not evaluated, and leaving a conditional Allow out denies
 * rather than over-allows (it only concerns {@code ecs:TagResource} and {@code iam:PassRole} here).
 */
public final class ManagedPolicies {
  /** AWS managed policy of the role EventBridge runs scheduled tasks with. */
  public static final String EC2_CONTAINER_SERVICE_EVENTS_ROLE =
      "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceEventsRole";

  private static final Map<String, List<PolicyStatement>> POLICIES = new LinkedHashMap<>();

  static {
    POLICIES.put(IamRole.TASK_EXECUTION_ROLE_POLICY, List.of(PolicyStatement.allow(List.of(
        "ecr:GetAuthorizationToken", "ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer",
        "ecr:BatchGetImage", "logs:CreateLogStream", "logs:PutLogEvents"), List.of("*"))));
    POLICIES.put(IamRole.EC2_CONTAINER_SERVICE_FOR_EC2_ROLE, List.of(PolicyStatement.allow(List.of(
        "ec2:DescribeTags", "ecs:CreateCluster", "ecs:DeregisterContainerInstance", "ecs:DiscoverPollEndpoint",
        "ecs:Poll", "ecs:RegisterContainerInstance", "ecs:StartTelemetrySession",
        "ecs:UpdateContainerInstancesState", "ecs:Submit*", "ecr:GetAuthorizationToken",
        "ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage",
        "logs:CreateLogStream", "logs:PutLogEvents"), List.of("*"))));
    POLICIES.put(EC2_CONTAINER_SERVICE_EVENTS_ROLE,
        List.of(PolicyStatement.allow(List.of("ecs:RunTask"), List.of("*"))));
  }

  private ManagedPolicies() {}

  /**
   * {@return the statements of a known managed policy; empty for a policy this catalogue does not hold}
   *
   * @param policyArn the managed policy's ARN
   */
  public static Optional<List<PolicyStatement>> statements(String policyArn) {
    return Optional.ofNullable(POLICIES.get(policyArn));
  }

  /** {@return the ARNs of the managed policies whose statements are known} */
  public static Set<String> known() {
    return POLICIES.keySet();
  }
}

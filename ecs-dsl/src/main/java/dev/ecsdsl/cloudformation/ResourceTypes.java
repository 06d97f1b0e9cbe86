package dev.ecsdsl.cloudformation;

import java.util.List;
import java.util.Set;

/**
 * The resource types the reader reads, and what it does with the others: a type of the ECS family
 * ({@code AWS::ECS::...}) it does not know is an error, as is a type one typo away from a type it reads; every
 * other type (routes, gateways, Lambda functions, topics, ...) does not matter to ECS and is listed once as
 * ignored.
 */
final class ResourceTypes {
  /** Every type the reader reads, in the order the list and the docs name them. */
  static final List<String> READ = List.of(
      "AWS::ECS::Cluster", "AWS::ECS::ClusterCapacityProviderAssociations", "AWS::ECS::CapacityProvider",
      "AWS::ECS::TaskDefinition", "AWS::ECS::Service", "AWS::ECS::TaskSet", "AWS::ECS::PrimaryTaskSet",
      "AWS::EC2::VPC", "AWS::EC2::Subnet", "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress",
      "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::AutoScalingGroup", "AWS::AutoScaling::LaunchConfiguration",
      "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancingV2::Listener",
      "AWS::ElasticLoadBalancingV2::ListenerRule", "AWS::ElasticLoadBalancingV2::TargetGroup",
      "AWS::ElasticLoadBalancing::LoadBalancer",
      "AWS::IAM::Role", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::InstanceProfile",
      "AWS::EFS::FileSystem", "AWS::EFS::AccessPoint", "AWS::EFS::MountTarget",
      "AWS::ApplicationAutoScaling::ScalableTarget", "AWS::ApplicationAutoScaling::ScalingPolicy",
      "AWS::Events::Rule", "AWS::SecretsManager::Secret", "AWS::SSM::Parameter", "AWS::ECR::Repository",
      "AWS::Logs::LogGroup", "AWS::CloudWatch::Alarm");
  private static final Set<String> READ_SET = Set.copyOf(READ);

  private ResourceTypes() {}

  /** Whether the reader reads resources of the type. */
  static boolean isRead(String type) {
    return READ_SET.contains(type);
  }

  /** What to do with a type the reader does not read: an error (with its fix), or null to ignore it. */
  static TemplateError unknown(String type, String logicalId) {
    String path = "Resources." + logicalId + ".Type";
    String suggestion = Suggest.among(type, READ.iterator());
    if (type.startsWith("AWS::ECS::")) {
      return new TemplateError(path, TemplateRules.UNKNOWN_ECS_TYPE, "resource " + logicalId + " has type " + type
          + ", an ECS resource type ecs-dsl does not know", suggestion.isEmpty()
          ? "use one of " + String.join(", ", READ.stream().filter(t -> t.startsWith("AWS::ECS::")).toList())
          : "correct the type" + suggestion);
    }
    for (String known : READ) {
      if (Suggest.distance(type, known) == 1) {
        return new TemplateError(path, TemplateRules.UNKNOWN_ECS_TYPE, "resource " + logicalId + " has type " + type
            + ", one letter away from " + known, "correct the type; did you mean " + known + "?");
      }
    }
    return null;
  }
}

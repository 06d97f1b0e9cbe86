package dev.ecsdsl.api;

import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.Vpc;
import dev.ecsdsl.runtime.EcsRuntime;
import java.util.Optional;

/**
 * The subnets and security groups an {@code awsvpcConfiguration} names must exist in the account's VPC: refused
 * with ECS's texts before a task or service is made (the control plane looks them up only when it places a task).
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html
 */
final class NetworkReferences {
  private NetworkReferences() {}

  static void check(EcsRuntime runtime, Optional<NetworkConfiguration> network) {
    if (network.isEmpty()) {
      return;
    }
    Vpc vpc = runtime.environment().vpc();
    for (String subnet : network.get().awsvpcConfiguration().subnets()) {
      if (vpc.subnet(subnet).isEmpty()) {
        throw ApiException.invalidParameter("Error retrieving subnet information for [" + clip(subnet)
            + "]: The subnet ID '" + clip(subnet)
            + "' does not exist (ErrorCode: InvalidSubnetID.NotFound)");
      }
    }
    for (String group : network.get().awsvpcConfiguration().securityGroups()) {
      if (vpc.securityGroup(group).isEmpty()) {
        throw ApiException.invalidParameter("Error retrieving security group information for ["
            + clip(group) + "]: The security group '" + clip(group)
            + "' does not exist (ErrorCode: InvalidGroup.NotFound)");
      }
    }
  }

  private static String clip(String id) {
    return id.length() <= 100 ? id : id.substring(0, 100) + "…";
  }
}

package dev.ecsdsl.api;

import dev.ecsdsl.control.launch.RunTaskValidation;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.runtime.EcsRuntime;
import java.util.Optional;

/**
 * The subnets and security groups an {@code awsvpcConfiguration} of RunTask or StartTask names must exist in the
 * account's VPC, whatever the task's network mode: refused with ECS's texts (the control plane's check) before the
 * call goes on. https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html
 */
final class NetworkReferences {
  private NetworkReferences() {}

  static void check(EcsRuntime runtime, Optional<NetworkConfiguration> network) {
    network.ifPresent(n -> RunTaskValidation.checkReferences(runtime.environment().vpc(), n));
  }
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Network configuration of awsvpc tasks. ECS API: {@code NetworkConfiguration}. */
@Value.Immutable
@JsonSerialize(as = ImmutableNetworkConfiguration.class)
@JsonDeserialize(as = ImmutableNetworkConfiguration.class)
public interface NetworkConfiguration {
  /** {@return the VPC settings} */
  AwsVpcConfiguration awsvpcConfiguration();

  /**
   * {@return the network configuration in the given subnets and security groups}
   *
   * @param subnets subnet ids of the tasks' network interfaces
   * @param securityGroups security group ids of the tasks' network interfaces
   */
  static NetworkConfiguration of(List<String> subnets, List<String> securityGroups) {
    return builder()
        .awsvpcConfiguration(AwsVpcConfiguration.builder().subnets(subnets).securityGroups(securityGroups).build())
        .build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link NetworkConfiguration}. */
  class Builder extends ImmutableNetworkConfiguration.Builder {}
}

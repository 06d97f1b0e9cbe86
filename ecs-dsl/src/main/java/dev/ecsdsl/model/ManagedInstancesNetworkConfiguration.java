package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The network of Managed Instances. ECS API: {@code ManagedInstancesNetworkConfiguration}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableManagedInstancesNetworkConfiguration.class)
@JsonDeserialize(as = ImmutableManagedInstancesNetworkConfiguration.class)
public interface ManagedInstancesNetworkConfiguration {
  /** {@return the subnets ECS launches instances in} */
  List<String> subnets();

  /** {@return the security groups of the instances} */
  List<String> securityGroups();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ManagedInstancesNetworkConfiguration}. */
  class Builder extends ImmutableManagedInstancesNetworkConfiguration.Builder {}
}

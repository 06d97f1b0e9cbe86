package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How ECS launches Managed Instances. ECS API: {@code InstanceLaunchTemplate}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstanceLaunchTemplate.class)
@JsonDeserialize(as = ImmutableInstanceLaunchTemplate.class)
public interface InstanceLaunchTemplate {
  /** {@return the instance profile the instances get} */
  String ec2InstanceProfileArn();

  /** {@return the subnets and security groups of the instances} */
  ManagedInstancesNetworkConfiguration networkConfiguration();

  /** {@return the size of the instances' data volume} */
  Optional<ManagedInstancesStorageConfiguration> storageConfiguration();

  /** {@return BASIC (the default) or DETAILED CloudWatch monitoring} */
  Optional<ManagedInstancesMonitoringOptions> monitoring();

  /** {@return ON_DEMAND (the default), SPOT or RESERVED} */
  Optional<CapacityOptionType> capacityOptionType();

  /** {@return the attributes the instance types must have} */
  Optional<InstanceRequirementsRequest> instanceRequirements();

  /** {@return whether the instances use FIPS 140-2 validated cryptographic modules} */
  Optional<Boolean> fipsEnabled();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link InstanceLaunchTemplate}. */
  class Builder extends ImmutableInstanceLaunchTemplate.Builder {}
}

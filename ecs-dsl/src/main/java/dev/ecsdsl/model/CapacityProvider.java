package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A capacity provider of a cluster: FARGATE, FARGATE_SPOT, an Auto Scaling group (instance group), or Amazon ECS
 * Managed Instances.
 */
@Value.Immutable
public interface CapacityProvider {
  /** {@return the provider name; FARGATE and FARGATE_SPOT are reserved for those providers} */
  String name();

  /** {@return the kind of provider} */
  CapacityProviderType type();

  /** {@return for AUTO_SCALING_GROUP: the instance group of the cluster it scales} */
  Optional<String> autoScalingGroup();

  /** {@return for AUTO_SCALING_GROUP: managed scaling} */
  Optional<ManagedScaling> managedScaling();

  /**
   * {@return for AUTO_SCALING_GROUP: whether instances with tasks are protected from scale-in (needs managed
   * scaling)}
   */
  Optional<Boolean> managedTerminationProtection();

  /** {@return for MANAGED_INSTANCES: the infrastructure role, launch template and instance requirements} */
  Optional<ManagedInstancesProvider> managedInstancesProvider();

  /** {@return the FARGATE provider} */
  static CapacityProvider fargate() {
    return builder().name("FARGATE").type(CapacityProviderType.FARGATE).build();
  }

  /** {@return the FARGATE_SPOT provider} */
  static CapacityProvider fargateSpot() {
    return builder().name("FARGATE_SPOT").type(CapacityProviderType.FARGATE_SPOT).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CapacityProvider}. */
  class Builder extends ImmutableCapacityProvider.Builder {}
}

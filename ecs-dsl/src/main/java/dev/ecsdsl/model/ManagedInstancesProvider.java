package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The configuration of an Amazon ECS Managed Instances capacity provider: ECS launches, patches, drains and
 * terminates the EC2 instances itself, with the infrastructure role, in the shape the launch template describes.
 * ECS API: {@code ManagedInstancesProvider}. Read and validated; not yet simulated by the runtimes
 * (docs/SERVICE-CONNECT.md §3).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableManagedInstancesProvider.class)
@JsonDeserialize(as = ImmutableManagedInstancesProvider.class)
public interface ManagedInstancesProvider {
  /** {@return the ECS infrastructure role that manages the instances} */
  Optional<String> infrastructureRoleArn();

  /** {@return how ECS launches the instances} */
  Optional<InstanceLaunchTemplate> instanceLaunchTemplate();

  /** {@return whether the capacity provider's tags go on the instances} */
  Optional<PropagateMiTags> propagateTags();

  /** {@return when ECS replaces idle or underused instances} */
  Optional<InfrastructureOptimization> infrastructureOptimization();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ManagedInstancesProvider}. */
  class Builder extends ImmutableManagedInstancesProvider.Builder {}
}

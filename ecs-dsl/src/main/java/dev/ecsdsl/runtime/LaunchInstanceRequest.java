package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * An instance that joins a cluster's instance group, for {@link Faults#launchInstance}.
 */
@Value.Immutable
public interface LaunchInstanceRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the name of the cluster's instance group} */
  String instanceGroup();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link LaunchInstanceRequest}. */
  class Builder extends ImmutableLaunchInstanceRequest.Builder {}
}

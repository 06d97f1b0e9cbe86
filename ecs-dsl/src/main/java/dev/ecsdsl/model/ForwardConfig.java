package dev.ecsdsl.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A forward action that splits requests among target groups by weight, as a blue/green, linear or canary
 * deployment shifts them. Elastic Load Balancing API: {@code ForwardActionConfig} (CloudFormation
 * {@code ForwardConfig}).
 */
@Value.Immutable
public interface ForwardConfig {
  /** {@return the target groups and their weights (at most 5)} */
  List<TargetGroupTuple> targetGroups();

  /** {@return the target group stickiness} */
  Optional<TargetGroupStickinessConfig> targetGroupStickinessConfig();

  /**
   * {@return a weighted forward to the given target groups}
   *
   * @param targetGroups the target groups and their weights
   */
  static ForwardConfig of(TargetGroupTuple... targetGroups) {
    return builder().addTargetGroups(targetGroups).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ForwardConfig}. */
  class Builder extends ImmutableForwardConfig.Builder {}
}

package dev.ecsdsl.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One target group of a weighted forward action and its weight. Elastic Load Balancing API:
 * {@code TargetGroupTuple}.
 */
@Value.Immutable
public interface TargetGroupTuple {
  /** {@return the target group (name or ARN)} */
  String targetGroupArn();

  /** {@return the weight, 0–999; requests split in proportion to the weights} */
  Optional<Integer> weight();

  /**
   * {@return the weight, 1 when unset}. ELB's reference leaves the default open; 1 is what the console fills in
   * and what makes a rule that lists one target group without weights send it everything.
   */
  default int weightOrDefault() {
    return weight().orElse(1);
  }

  /**
   * {@return a target group with a weight}
   *
   * @param targetGroup the target group (name or ARN)
   * @param weight its weight (0–999)
   */
  static TargetGroupTuple of(String targetGroup, int weight) {
    return builder().targetGroupArn(targetGroup).weight(weight).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TargetGroupTuple}. */
  class Builder extends ImmutableTargetGroupTuple.Builder {}
}

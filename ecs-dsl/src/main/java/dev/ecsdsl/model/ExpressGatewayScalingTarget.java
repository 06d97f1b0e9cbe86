package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The target tracking scaling of an Express service. ECS API: {@code ExpressGatewayScalingTarget}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExpressGatewayScalingTarget.class)
@JsonDeserialize(as = ImmutableExpressGatewayScalingTarget.class)
public interface ExpressGatewayScalingTarget {
  /** {@return the fewest tasks} */
  Optional<Integer> minTaskCount();

  /** {@return the most tasks} */
  Optional<Integer> maxTaskCount();

  /** {@return the metric tracked; average CPU when unset} */
  Optional<ExpressGatewayServiceScalingMetric> autoScalingMetric();

  /** {@return the target value of the metric; 60 when unset} */
  Optional<Integer> autoScalingTargetValue();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ExpressGatewayScalingTarget}. */
  class Builder extends ImmutableExpressGatewayScalingTarget.Builder {}
}

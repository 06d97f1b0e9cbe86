package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a daemon update rolls out: ECS drains a share of the instances at a time and brings up new ones with the new
 * daemon. ECS API: {@code DaemonDeploymentConfiguration}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDaemonDeploymentConfiguration.class)
@JsonDeserialize(as = ImmutableDaemonDeploymentConfiguration.class)
public interface DaemonDeploymentConfiguration {
  /** {@return the CloudWatch alarms that roll the deployment back} */
  Optional<DaemonAlarmConfiguration> alarms();

  /** {@return minutes ECS watches the alarms after the last instance is replaced} */
  Optional<Integer> bakeTimeInMinutes();

  /** {@return the percentage of instances drained at a time; 25 when unset} */
  Optional<Double> drainPercent();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DaemonDeploymentConfiguration}. */
  class Builder extends ImmutableDaemonDeploymentConfiguration.Builder {}
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The alarms of a daemon deployment. ECS API: {@code DaemonAlarmConfiguration}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDaemonAlarmConfiguration.class)
@JsonDeserialize(as = ImmutableDaemonAlarmConfiguration.class)
public interface DaemonAlarmConfiguration {
  /** {@return the CloudWatch alarm names} */
  List<String> alarmNames();

  /** {@return whether the alarms are watched} */
  Optional<Boolean> enable();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DaemonAlarmConfiguration}. */
  class Builder extends ImmutableDaemonAlarmConfiguration.Builder {}
}

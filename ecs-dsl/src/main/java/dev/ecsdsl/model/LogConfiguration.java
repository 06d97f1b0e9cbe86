package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Log driver of a container (awslogs, fluentd, json-file, ...). ECS API: {@code LogConfiguration}. */
@Value.Immutable
@JsonSerialize(as = ImmutableLogConfiguration.class)
@JsonDeserialize(as = ImmutableLogConfiguration.class)
public interface LogConfiguration {
  /** {@return the log driver, e.g. {@code awslogs}} */
  String logDriver();

  /** {@return the driver options, e.g. {@code awslogs-group}} */
  Map<String, String> options();

  /** {@return the options whose values come from secrets} */
  List<Secret> secretOptions();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link LogConfiguration}. */
  class Builder extends ImmutableLogConfiguration.Builder {}
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Makes the container a FireLens log router for the task. ECS API: {@code FirelensConfiguration}. At most
 * one container of a task definition is the log router.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFirelensConfiguration.class)
@JsonDeserialize(as = ImmutableFirelensConfiguration.class)
public interface FirelensConfiguration {
  /** {@return the log router: {@code fluentd} or {@code fluentbit}} */
  String type();

  /**
   * {@return the options of the log router, e.g. {@code enable-ecs-log-metadata}, {@code config-file-type} and
   * {@code config-file-value}}
   */
  Map<String, String> options();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link FirelensConfiguration}. */
  class Builder extends ImmutableFirelensConfiguration.Builder {}
}

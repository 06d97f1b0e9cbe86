package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** CloudWatch alarms that fail a deployment. ECS API: {@code DeploymentAlarms}. */
@Value.Immutable
@JsonSerialize(as = ImmutableDeploymentAlarms.class)
@JsonDeserialize(as = ImmutableDeploymentAlarms.class)
public interface DeploymentAlarms {
  /** Alarm names. */
  List<String> alarmNames();

  /** Turn alarm-based failure detection on. */
  boolean enable();

  /** Roll back when an alarm fires. */
  boolean rollback();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeploymentAlarms}. */
  class Builder extends ImmutableDeploymentAlarms.Builder {}
}

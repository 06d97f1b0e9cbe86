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
  /** {@return the alarm names} */
  List<String> alarmNames();

  /** {@return whether alarm-based failure detection is on} */
  boolean enable();

  /** {@return whether the deployment rolls back when an alarm fires} */
  boolean rollback();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeploymentAlarms}. */
  class Builder extends ImmutableDeploymentAlarms.Builder {}
}

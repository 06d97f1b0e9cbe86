package dev.ecsdsl.runtime;

import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.SchedulingStrategy;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of ListServices. ECS API: {@code ListServicesRequest}.
 */
@Value.Immutable
public interface ListServicesRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return only services of this launch type} */
  Optional<LaunchType> launchType();

  /** {@return only REPLICA or only DAEMON services} */
  Optional<SchedulingStrategy> schedulingStrategy();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListServicesRequest}. */
  class Builder extends ImmutableListServicesRequest.Builder {}
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Where an Express service's container logs go. ECS API: {@code ExpressGatewayServiceAwsLogsConfiguration}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExpressGatewayServiceAwsLogsConfiguration.class)
@JsonDeserialize(as = ImmutableExpressGatewayServiceAwsLogsConfiguration.class)
public interface ExpressGatewayServiceAwsLogsConfiguration {
  /** {@return the CloudWatch Logs group} */
  String logGroup();

  /** {@return the log stream prefix} */
  String logStreamPrefix();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ExpressGatewayServiceAwsLogsConfiguration}. */
  class Builder extends ImmutableExpressGatewayServiceAwsLogsConfiguration.Builder {}
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The application container of an Express service. ECS API: {@code ExpressGatewayContainer}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExpressGatewayContainer.class)
@JsonDeserialize(as = ImmutableExpressGatewayContainer.class)
public interface ExpressGatewayContainer {
  /** {@return the image} */
  String image();

  /** {@return the port the load balancer sends traffic to; 80 when unset} */
  Optional<Integer> containerPort();

  /** {@return the CloudWatch Logs group and stream prefix} */
  Optional<ExpressGatewayServiceAwsLogsConfiguration> awsLogsConfiguration();

  /** {@return the private registry credentials} */
  Optional<ExpressGatewayRepositoryCredentials> repositoryCredentials();

  /** {@return the command} */
  List<String> command();

  /** {@return the environment variables} */
  List<KeyValuePair> environment();

  /** {@return the secrets} */
  List<Secret> secrets();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ExpressGatewayContainer}. */
  class Builder extends ImmutableExpressGatewayContainer.Builder {}
}

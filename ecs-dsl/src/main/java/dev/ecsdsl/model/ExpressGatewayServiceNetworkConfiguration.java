package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The network of an Express service's tasks. ECS API: {@code ExpressGatewayServiceNetworkConfiguration}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExpressGatewayServiceNetworkConfiguration.class)
@JsonDeserialize(as = ImmutableExpressGatewayServiceNetworkConfiguration.class)
public interface ExpressGatewayServiceNetworkConfiguration {
  /** {@return the security groups} */
  List<String> securityGroups();

  /** {@return the subnets} */
  List<String> subnets();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ExpressGatewayServiceNetworkConfiguration}. */
  class Builder extends ImmutableExpressGatewayServiceNetworkConfiguration.Builder {}
}

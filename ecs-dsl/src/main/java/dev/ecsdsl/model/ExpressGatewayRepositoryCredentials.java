package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Private registry credentials of an Express service's container. ECS API: {@code
 * ExpressGatewayRepositoryCredentials}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExpressGatewayRepositoryCredentials.class)
@JsonDeserialize(as = ImmutableExpressGatewayRepositoryCredentials.class)
public interface ExpressGatewayRepositoryCredentials {
  /** {@return the Secrets Manager secret holding the credentials} */
  Optional<String> credentialsParameter();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ExpressGatewayRepositoryCredentials}. */
  class Builder extends ImmutableExpressGatewayRepositoryCredentials.Builder {}
}

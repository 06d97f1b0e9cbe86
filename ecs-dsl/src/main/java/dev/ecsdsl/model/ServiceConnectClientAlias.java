package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A name and port that client tasks in the namespace use to reach a Service Connect endpoint; each name and port
 * must be unique within the namespace. ECS API: {@code ServiceConnectClientAlias}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceConnectClientAlias.class)
@JsonDeserialize(as = ImmutableServiceConnectClientAlias.class)
public interface ServiceConnectClientAlias {
  /** {@return the port the client's Service Connect proxy listens on (0–65535)} */
  int port();

  /** {@return the name clients use; {@code discoveryName.namespace} when unset} */
  Optional<String> dnsName();

  /** {@return how test traffic is told apart during a blue/green deployment} */
  Optional<ServiceConnectTestTrafficRules> testTrafficRules();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceConnectClientAlias}. */
  class Builder extends ImmutableServiceConnectClientAlias.Builder {}
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One endpoint a service offers through Service Connect: a named port mapping of its task definition, the Cloud
 * Map service name it registers, and the aliases clients call it by. ECS API: {@code ServiceConnectService}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceConnectService.class)
@JsonDeserialize(as = ImmutableServiceConnectService.class)
public interface ServiceConnectService {
  /** {@return the {@code name} of a port mapping of the service's task definition} */
  String portName();

  /**
   * {@return the Cloud Map service name (up to 64 characters: lowercase letters, digits, {@code _} and {@code -},
   * not starting with {@code -}); the port name when unset}
   */
  Optional<String> discoveryName();

  /** {@return the names and ports clients call (at most 1)} */
  List<ServiceConnectClientAlias> clientAliases();

  /**
   * {@return the port the Service Connect proxy listens on for this endpoint (awsvpc: the container port when
   * unset)}
   */
  Optional<Integer> ingressPortOverride();

  /** {@return the proxy's idle and per-request timeouts} */
  Optional<TimeoutConfiguration> timeout();

  /** {@return TLS between the proxies, with certificates from AWS Private CA} */
  Optional<ServiceConnectTlsConfiguration> tls();

  /** {@return the Cloud Map service name: the discovery name, else the port name} */
  default String discoveryNameOrPortName() {
    return discoveryName().orElse(portName());
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceConnectService}. */
  class Builder extends ImmutableServiceConnectService.Builder {}
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service's Service Connect configuration: the Cloud Map namespace it joins, the endpoints it offers other
 * services there (none for a client-only service), and the log configuration of the Service Connect proxy ECS adds
 * to each task. ECS API: {@code ServiceConnectConfiguration}. Read and validated; not yet simulated by the
 * runtimes (docs/SERVICE-CONNECT.md is the specification).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceConnectConfiguration.class)
@JsonDeserialize(as = ImmutableServiceConnectConfiguration.class)
public interface ServiceConnectConfiguration {
  /** {@return whether the service uses Service Connect} */
  boolean enabled();

  /**
   * {@return the Cloud Map namespace, by name or ARN; the cluster's {@code serviceConnectDefaults} namespace when
   * unset}
   */
  Optional<String> namespace();

  /** {@return the endpoints this service offers in the namespace; none for a client-only service} */
  List<ServiceConnectService> services();

  /** {@return the log configuration of the Service Connect proxy container} */
  Optional<LogConfiguration> logConfiguration();

  /** {@return the proxy's access logs (needs {@code logConfiguration})} */
  Optional<ServiceConnectAccessLogConfiguration> accessLogConfiguration();

  /**
   * {@return whether the service only calls others (enabled, no {@code services})}
   */
  default boolean clientOnly() {
    return enabled() && services().isEmpty();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceConnectConfiguration}. */
  class Builder extends ImmutableServiceConnectConfiguration.Builder {}
}

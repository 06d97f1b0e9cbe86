package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Access logs of the Service Connect proxy. ECS API: {@code ServiceConnectAccessLogConfiguration}. Needs the
 * configuration's {@code logConfiguration}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceConnectAccessLogConfiguration.class)
@JsonDeserialize(as = ImmutableServiceConnectAccessLogConfiguration.class)
public interface ServiceConnectAccessLogConfiguration {
  /** {@return TEXT or JSON} */
  ServiceConnectAccessLoggingFormat format();

  /** {@return whether query parameters are logged; DISABLED when unset} */
  Optional<ServiceConnectIncludeQueryParameters> includeQueryParameters();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceConnectAccessLogConfiguration}. */
  class Builder extends ImmutableServiceConnectAccessLogConfiguration.Builder {}
}

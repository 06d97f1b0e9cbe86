package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Service Connect proxy's timeouts for one endpoint. ECS API: {@code TimeoutConfiguration}. When
 * idleTimeoutSeconds is less than perRequestTimeoutSeconds, the connection closes at the idle timeout.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeoutConfiguration.class)
@JsonDeserialize(as = ImmutableTimeoutConfiguration.class)
public interface TimeoutConfiguration {
  /**
   * {@return seconds a connection stays open while idle (0 disables; 300 for http, http2 and grpc, 3600 for TCP
   * when unset)}
   */
  Optional<Integer> idleTimeoutSeconds();

  /**
   * {@return seconds to wait for the whole response of one request (0 disables; only with an appProtocol; 15 when
   * unset)}
   */
  Optional<Integer> perRequestTimeoutSeconds();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TimeoutConfiguration}. */
  class Builder extends ImmutableTimeoutConfiguration.Builder {}
}

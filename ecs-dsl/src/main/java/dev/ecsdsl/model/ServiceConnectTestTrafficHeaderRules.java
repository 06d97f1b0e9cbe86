package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An HTTP header that marks test traffic. ECS API: {@code ServiceConnectTestTrafficHeaderRules}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceConnectTestTrafficHeaderRules.class)
@JsonDeserialize(as = ImmutableServiceConnectTestTrafficHeaderRules.class)
public interface ServiceConnectTestTrafficHeaderRules {
  /** {@return the header's name, e.g. {@code x-canary}} */
  String name();

  /** {@return how the header's value must match} */
  Optional<ServiceConnectTestTrafficHeaderMatchRules> value();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceConnectTestTrafficHeaderRules}. */
  class Builder extends ImmutableServiceConnectTestTrafficHeaderRules.Builder {}
}

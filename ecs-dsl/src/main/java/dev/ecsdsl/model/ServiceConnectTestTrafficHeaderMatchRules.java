package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * How a test-traffic header's value must match. ECS API: {@code ServiceConnectTestTrafficHeaderMatchRules}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceConnectTestTrafficHeaderMatchRules.class)
@JsonDeserialize(as = ImmutableServiceConnectTestTrafficHeaderMatchRules.class)
public interface ServiceConnectTestTrafficHeaderMatchRules {
  /** {@return the exact value the header must have} */
  String exact();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceConnectTestTrafficHeaderMatchRules}. */
  class Builder extends ImmutableServiceConnectTestTrafficHeaderMatchRules.Builder {}
}

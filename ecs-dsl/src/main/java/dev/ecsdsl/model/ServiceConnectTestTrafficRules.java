package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The rules that route test traffic to the new revision during a blue/green deployment with Service Connect. ECS
 * API: {@code ServiceConnectTestTrafficRules}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceConnectTestTrafficRules.class)
@JsonDeserialize(as = ImmutableServiceConnectTestTrafficRules.class)
public interface ServiceConnectTestTrafficRules {
  /** {@return the HTTP header that marks test traffic} */
  ServiceConnectTestTrafficHeaderRules header();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceConnectTestTrafficRules}. */
  class Builder extends ImmutableServiceConnectTestTrafficRules.Builder {}
}

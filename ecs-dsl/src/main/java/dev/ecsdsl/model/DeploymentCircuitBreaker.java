package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The deployment circuit breaker of a rolling deployment. ECS API: {@code DeploymentCircuitBreaker}. */
@Value.Immutable
@JsonSerialize(as = ImmutableDeploymentCircuitBreaker.class)
@JsonDeserialize(as = ImmutableDeploymentCircuitBreaker.class)
public interface DeploymentCircuitBreaker {
  /** Turn the circuit breaker on. */
  boolean enable();

  /** Roll back to the last completed deployment when it trips. */
  boolean rollback();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeploymentCircuitBreaker}. */
  class Builder extends ImmutableDeploymentCircuitBreaker.Builder {}
}

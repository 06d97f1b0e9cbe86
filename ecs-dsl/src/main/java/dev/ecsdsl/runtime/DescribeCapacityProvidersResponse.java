package dev.ecsdsl.runtime;

import dev.ecsdsl.model.CapacityProvider;
import java.util.List;
import org.immutables.value.Value;

/**
 * The output of DescribeCapacityProviders. ECS API: {@code DescribeCapacityProvidersResponse}.
 */
@Value.Immutable
public interface DescribeCapacityProvidersResponse {
  /** {@return FARGATE, FARGATE_SPOT and the Auto Scaling group capacity providers asked for} */
  List<CapacityProvider> capacityProviders();

  /** {@return a failure (reason {@code MISSING}) for each capacity provider not found} */
  List<Failure> failures();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeCapacityProvidersResponse}. */
  class Builder extends ImmutableDescribeCapacityProvidersResponse.Builder {}
}

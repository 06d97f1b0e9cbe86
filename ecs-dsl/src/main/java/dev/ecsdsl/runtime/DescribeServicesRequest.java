package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The input of DescribeServices. ECS API: {@code DescribeServicesRequest}.
 */
@Value.Immutable
public interface DescribeServicesRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the services' names or ARNs, up to 10} */
  List<String> services();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeServicesRequest}. */
  class Builder extends ImmutableDescribeServicesRequest.Builder {
    /**
     * Sets services, as the AWS SDK's builders do.
     *
     * @param services the services' names or ARNs, up to 10
     * @return this builder
     */
    public final Builder services(String... services) {
      return services(java.util.Arrays.asList(services));
    }
  }
}

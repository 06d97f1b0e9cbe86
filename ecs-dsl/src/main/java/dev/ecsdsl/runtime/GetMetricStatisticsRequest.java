package dev.ecsdsl.runtime;

import dev.ecsdsl.model.PredefinedMetricType;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of CloudWatch's GetMetricStatistics for the one-minute datapoints the runtime records: a service's
 * predefined metric ({@code service} and {@code metric}) or an Auto Scaling group capacity provider's {@code
 * CapacityProviderReservation} ({@code capacityProvider}). CloudWatch API: {@code GetMetricStatisticsRequest}.
 */
@Value.Immutable
public interface GetMetricStatisticsRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the service's name, for a service metric (with {@code metric})} */
  Optional<String> service();

  /** {@return the service metric, e.g. {@code ECSServiceAverageCPUUtilization} (with {@code service})} */
  Optional<PredefinedMetricType> metric();

  /** {@return the capacity provider's name, for its {@code CapacityProviderReservation}} */
  Optional<String> capacityProvider();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link GetMetricStatisticsRequest}. */
  class Builder extends ImmutableGetMetricStatisticsRequest.Builder {}
}

package dev.ecsdsl.runtime;

import dev.ecsdsl.model.PredefinedMetricType;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of CloudWatch's GetMetricStatistics for the one-minute datapoints the runtime records: a service's
 * predefined metric ({@code service} and {@code metric}) or an Auto Scaling group capacity provider's {@code
 * CapacityProviderReservation} ({@code capacityProvider}), or a Service Connect metric of a service ({@code service},
 * {@code metricName} and {@code discoveryName} for the requests it received or {@code targetDiscoveryName} for the
 * requests its tasks made). CloudWatch API: {@code GetMetricStatisticsRequest}.
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

  /**
   * {@return a Service Connect metric's name, e.g. {@code RequestCount}, {@code TargetResponseTime} or {@code
   * HTTPCode_Target_5XX_Count} (with {@code service} and a discovery name)}
   */
  Optional<String> metricName();

  /** {@return the dimension {@code DiscoveryName}: the service's endpoint whose received requests are counted} */
  Optional<String> discoveryName();

  /** {@return the dimension {@code TargetDiscoveryName}: the endpoint whose requests from the service are counted} */
  Optional<String> targetDiscoveryName();

  /** {@return the capacity provider's name, for its {@code CapacityProviderReservation}} */
  Optional<String> capacityProvider();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link GetMetricStatisticsRequest}. */
  class Builder extends ImmutableGetMetricStatisticsRequest.Builder {}
}

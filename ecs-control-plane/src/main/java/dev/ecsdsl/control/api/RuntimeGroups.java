package dev.ecsdsl.control.api;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.ControlPlane;
import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.runtime.AutoScalingApi;
import dev.ecsdsl.runtime.CallFromResponse;
import dev.ecsdsl.runtime.CloudWatchApi;
import dev.ecsdsl.runtime.DescribeAlarmsRequest;
import dev.ecsdsl.runtime.DescribeAlarmsResponse;
import dev.ecsdsl.runtime.DescribeScalingActivitiesResponse;
import dev.ecsdsl.runtime.EcsApi;
import dev.ecsdsl.runtime.ElbApi;
import dev.ecsdsl.runtime.Faults;
import dev.ecsdsl.runtime.GetLogEventsResponse;
import dev.ecsdsl.runtime.GetMetricStatisticsRequest;
import dev.ecsdsl.runtime.GetMetricStatisticsResponse;
import dev.ecsdsl.runtime.LogsApi;
import dev.ecsdsl.runtime.ServiceConnectApi;

/**
 * The groups of the runtime API ({@code ecs()}, {@code elb()}, {@code serviceConnect()}, {@code autoScaling()},
 * {@code cloudWatch()}, {@code logs()}, {@code faults()}) on one control plane, the same for both runtimes: a runtime adds its clock and
 * what its agent does to containers.
 */
public final class RuntimeGroups {
  private final EcsApi ecs;
  private final ElbApi elb;
  private final AutoScalingApi autoScaling;
  private final CloudWatchApi cloudWatch;
  private final LogsApi logs;
  private final ServiceConnectApi serviceConnect;
  private final Faults faults;

  /**
   * The groups of a control plane.
   *
   * @param plane the control plane
   * @param events its event loop
   * @param loop where its calls run
   * @param containers what the runtime's agent does to containers
   */
  public RuntimeGroups(ControlPlane plane, EventLoop events, OnLoop loop, ContainerFaults containers) {
    this.ecs = new ControlPlaneEcs(plane, loop);
    this.elb = new ControlPlaneElb(plane, events, loop);
    this.autoScaling = request -> loop.call(() -> DescribeScalingActivitiesResponse.builder()
        .scalingActivities(plane.services().describeScalingActivities(request.cluster(), request.service())).build());
    this.cloudWatch = new CloudWatchApi() {
      @Override
      public GetMetricStatisticsResponse getMetricStatistics(GetMetricStatisticsRequest request) {
        return loop.call(() -> metricStatistics(plane, request));
      }

      @Override
      public DescribeAlarmsResponse describeAlarms(DescribeAlarmsRequest request) {
        return loop.call(() -> DescribeAlarmsResponse.builder()
            .metricAlarms(plane.metricAlarms().describe(request.alarmNames())).build());
      }
    };
    this.logs = request -> loop.call(() -> GetLogEventsResponse.builder()
        .messages(plane.tasks().logs(request.cluster(), request.task(), request.container())).build());
    this.faults = new ControlPlaneFaults(plane, loop, containers);
    this.serviceConnect = request -> loop.call(() -> CallFromResponse.builder()
        .calls(plane.serviceConnect().callFrom(request.cluster(), request.task(), request.service(), request.url(),
            request.count())).build());
  }

  /** A service's predefined metric, or a capacity provider's reservation, as CloudWatch names them. */
  private static GetMetricStatisticsResponse metricStatistics(ControlPlane plane, GetMetricStatisticsRequest request) {
    if (request.metricName().isPresent()) {
      return serviceConnectStatistics(plane, request);
    }
    if (request.capacityProvider().isPresent() == request.service().isPresent()
        || request.service().isPresent() != request.metric().isPresent()) {
      throw new IllegalArgumentException("GetMetricStatistics needs a service with its metric, or a capacity "
          + "provider (for CapacityProviderReservation); it got " + request);
    }
    if (request.capacityProvider().isPresent()) {
      return GetMetricStatisticsResponse.builder().label("CapacityProviderReservation")
          .datapoints(plane.clusters().capacityProviderReservation(request.cluster(), request.capacityProvider().get())).build();
    }
    PredefinedMetricType metric = request.metric().get();
    return GetMetricStatisticsResponse.builder().label(switch (metric) {
      case ECS_SERVICE_AVERAGE_CPU_UTILIZATION -> "CPUUtilization";
      case ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION -> "MemoryUtilization";
      case ALB_REQUEST_COUNT_PER_TARGET -> "RequestCountPerTarget";
    }).datapoints(plane.services().metricData(request.cluster(), request.service().get(), metric)).build();
  }

  /** A Service Connect metric of a service, by the endpoint it received or made requests to. */
  private static GetMetricStatisticsResponse serviceConnectStatistics(ControlPlane plane,
      GetMetricStatisticsRequest request) {
    if (request.service().isEmpty() || request.metric().isPresent() || request.capacityProvider().isPresent()
        || request.discoveryName().isPresent() == request.targetDiscoveryName().isPresent()) {
      throw new IllegalArgumentException("a Service Connect metric needs a service and either its discoveryName "
          + "(requests received) or a targetDiscoveryName (requests made); it got " + request);
    }
    String dimension = request.discoveryName().isPresent() ? "DiscoveryName" : "TargetDiscoveryName";
    String value = request.discoveryName().or(request::targetDiscoveryName).orElseThrow();
    return GetMetricStatisticsResponse.builder().label(request.metricName().get())
        .datapoints(plane.serviceConnect().metricData(request.cluster(), request.service().get(), dimension, value,
            request.metricName().get())).build();
  }

  /** {@return the ECS API} */
  public EcsApi ecs() {
    return ecs;
  }

  /** {@return Elastic Load Balancing} */
  public ElbApi elb() {
    return elb;
  }

  /** {@return Application Auto Scaling} */
  public AutoScalingApi autoScaling() {
    return autoScaling;
  }

  /** {@return CloudWatch metrics} */
  public CloudWatchApi cloudWatch() {
    return cloudWatch;
  }

  /** {@return CloudWatch Logs} */
  public LogsApi logs() {
    return logs;
  }

  /** {@return Service Connect: requests from tasks to client aliases} */
  public ServiceConnectApi serviceConnect() {
    return serviceConnect;
  }

  /** {@return the faults} */
  public Faults faults() {
    return faults;
  }
}

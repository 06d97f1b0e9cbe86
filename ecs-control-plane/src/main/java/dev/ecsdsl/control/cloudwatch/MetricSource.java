package dev.ecsdsl.control.cloudwatch;

import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.autoscaling.ServiceMetrics;
import dev.ecsdsl.control.loadbalancing.LoadBalancing;
import dev.ecsdsl.control.loadbalancing.RequestCounters;
import dev.ecsdsl.control.services.ServiceRecord;
import dev.ecsdsl.control.services.ServiceScheduler;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.MetricDimension;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * One alarm's metric, read a minute at a time from what the simulation counts: AWS/ECS {@code CPUUtilization} and
 * {@code MemoryUtilization} of a service (ServiceName, ClusterName; one sample a minute while a task runs),
 * AWS/ApplicationELB {@code RequestCount}, {@code HTTPCode_Target_5XX_Count}, {@code TargetResponseTime} and
 * {@code RequestCountPerTarget} of a target group (TargetGroup) or of all the groups behind a load balancer
 * (LoadBalancer). ELB reports these "only if there is a nonzero value" (Elastic Load Balancing, "CloudWatch metrics
 * for your Application Load Balancer"), so a minute without requests (or without 5xx answers) has no datapoint.
 * Any other metric has none ever. Keeps only the last reading of the counters it takes differences of.
 */
final class MetricSource {
  private final MetricAlarm alarm;
  private final Supplier<Optional<StatisticSet>> reader;
  private RequestCounters last;

  MetricSource(MetricAlarm alarm, ServiceScheduler scheduler, LoadBalancing loadBalancing, Agent agent) {
    this.alarm = alarm;
    String namespace = alarm.namespace().orElse("");
    Optional<String> targetGroup = dimension(alarm, "TargetGroup");
    Optional<String> loadBalancer = dimension(alarm, "LoadBalancer");
    if (namespace.equals("AWS/ECS") && alarm.dimension("ServiceName").isPresent()) {
      Optional<String> cluster = alarm.dimension("ClusterName");
      String service = alarm.dimension("ServiceName").get();
      boolean cpu = alarm.metricName().equals("CPUUtilization");
      boolean memory = alarm.metricName().equals("MemoryUtilization");
      reader = () -> scheduler.activeService(cluster, service).filter(s -> cpu || memory).flatMap(s -> {
        OptionalDouble value = cpu ? ServiceMetrics.cpuUtilization(scheduler.activeTasks(s), agent)
            : ServiceMetrics.memoryUtilization(scheduler.activeTasks(s), agent);
        return value.isPresent() ? Optional.of(StatisticSet.of(value.getAsDouble())) : Optional.empty();
      });
    } else if (namespace.equals("AWS/ApplicationELB") && (targetGroup.isPresent() || loadBalancer.isPresent())) {
      Supplier<RequestCounters> counters = targetGroup.isPresent()
          ? () -> loadBalancing.counters(targetGroup.get())
          : () -> loadBalancing.countersOfLoadBalancer(loadBalancer.get());
      Supplier<Integer> healthy = () -> targetGroup.map(loadBalancing::healthyTargetCount).orElse(0);
      last = counters.get();
      reader = () -> {
        RequestCounters now = counters.get();
        Optional<StatisticSet> minute = elb(alarm.metricName(), now, healthy);
        last = now;
        return minute;
      };
    } else {
      reader = Optional::empty;
    }
  }

  /** The minute that just ended: its samples, empty when the metric had no datapoint. */
  Optional<StatisticSet> minute() {
    return reader.get();
  }

  MetricAlarm alarm() {
    return alarm;
  }

  private Optional<StatisticSet> elb(String metric, RequestCounters now, Supplier<Integer> healthy) {
    long requests = now.requests() - last.requests();
    long errors = now.targetErrors5xx() - last.targetErrors5xx();
    double seconds = now.responseSeconds() - last.responseSeconds();
    return switch (metric) {
      case "RequestCount" -> requests > 0 ? Optional.of(StatisticSet.ofCount(requests)) : Optional.empty();
      case "HTTPCode_Target_5XX_Count" -> errors > 0 ? Optional.of(StatisticSet.ofCount(errors)) : Optional.empty();
      // one sample per request; a minute's minimum and maximum are its mean (the simulation keeps no spread)
      case "TargetResponseTime" -> requests > 0 && seconds > 0
          ? Optional.of(new StatisticSet(requests, seconds, seconds / requests, seconds / requests))
          : Optional.empty();
      case "RequestCountPerTarget" -> requests > 0 && healthy.get() > 0
          ? Optional.of(StatisticSet.of((double) requests / healthy.get())) : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<String> dimension(MetricAlarm alarm, String name) {
    return alarm.dimensions().stream().filter(d -> d.name().equals(name)).map(MetricDimension::resourceName)
        .findFirst();
  }
}

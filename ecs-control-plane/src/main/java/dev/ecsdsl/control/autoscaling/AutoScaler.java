package dev.ecsdsl.control.autoscaling;

import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.loadbalancing.LoadBalancing;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.services.ServiceRecord;
import dev.ecsdsl.control.services.ServiceScheduler;
import dev.ecsdsl.control.services.ServiceStatus;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.StepScalingPolicy;
import dev.ecsdsl.model.TargetTrackingScalingPolicy;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.MetricDatapoint;
import dev.ecsdsl.runtime.ScalingActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Application Auto Scaling for ECS services on the event loop: every minute it records each scalable
 * service's metrics (CPUUtilization and MemoryUtilization of the service, RequestCountPerTarget of each of
 * its target groups), evaluates its policies, and sets the desired count within min and max capacity.
 * With several target tracking policies it scales out when any of them asks, and in only when all of
 * them do (Application Auto Scaling, "Multiple scaling policies"), by the largest capacity asked for;
 * step scaling policies act on their own alarms; scheduled actions change min and max capacity
 * ({@link ScheduledScaling}).
 *
 * <p>The minute ticks are background work: they never keep a runtime from being idle.
 */
public final class AutoScaler {
  static final String CPU = "CPUUtilization";
  static final String MEMORY = "MemoryUtilization";
  static final String REQUESTS_PER_TARGET = "RequestCountPerTarget";

  private final EventLoop loop;
  private final EventLog log;
  private final ServiceScheduler scheduler;
  private final LoadBalancing loadBalancing;
  private final Agent agent;
  private final Map<ServiceRecord, ScalableTarget> targets = new LinkedHashMap<>();
  private final Map<String, Long> requestsSeen = new HashMap<>();
  private final ScheduledScaling scheduled;
  private Instant started;

  /**
   * Auto scaling of the services registered with it.
   *
   * @param loop the clock the minute ticks run on
   * @param log where scaling activities are recorded
   * @param scheduler the service scheduler, whose desired counts it sets and whose tasks it measures
   * @param loadBalancing the request counts and healthy targets of the services' target groups
   * @param agent what the containers use (the CPU and memory metrics)
   */
  public AutoScaler(EventLoop loop, EventLog log, ServiceScheduler scheduler, LoadBalancing loadBalancing,
      Agent agent) {
    this.loop = loop;
    this.log = log;
    this.scheduler = scheduler;
    this.loadBalancing = loadBalancing;
    this.agent = agent;
    this.scheduled = new ScheduledScaling(loop);
  }

  /**
   * Registers the service as a scalable target; a desired count outside min and max capacity is brought
   * inside at once, as RegisterScalableTarget does.
   *
   * @param service a service with auto scaling
   */
  public void register(ServiceRecord service) {
    ScalableTarget target = new ScalableTarget(service, service.service().autoScaling().orElseThrow());
    targets.put(service, target);
    int clamped = target.clamp(service.desiredCount());
    if (clamped != service.desiredCount()) {
      setDesiredCount(target, "scalable target", clamped, "desired count " + service.desiredCount()
          + " is outside min capacity " + target.minCapacity + " and max capacity " + target.maxCapacity);
    }
    scheduled.start(target, this::applyScheduledAction);
    if (started == null) {
      started = loop.now();
      loop.scheduleBackground(MetricHistory.MINUTE, this::tick);
    }
  }

  /** A scheduled action fires: new min and/or max capacity, and the desired count brought inside them. */
  private void applyScheduledAction(ScalableTarget target, dev.ecsdsl.model.ScheduledAction action) {
    if (target.service.status() != ServiceStatus.ACTIVE) {
      return;
    }
    action.minCapacity().ifPresent(min -> target.minCapacity = min);
    action.maxCapacity().ifPresent(max -> target.maxCapacity = max);
    String cause = "scheduled action " + action.scheduledActionName() + " (" + action.schedule() + ") set min capacity "
        + target.minCapacity + " and max capacity " + target.maxCapacity;
    log.record(EventType.SCALING_ACTIVITY, target.service.cluster().name(), "service/" + target.service.name(), cause);
    int clamped = target.clamp(target.service.desiredCount());
    if (clamped != target.service.desiredCount()) {
      setDesiredCount(target, action.scheduledActionName(), clamped, cause);
    }
  }

  /**
   * {@return Application Auto Scaling's scaling activities of the service, oldest first (none without auto
   * scaling)}
   *
   * @param service the service
   */
  public List<ScalingActivity> activities(ServiceRecord service) {
    return Optional.ofNullable(targets.get(service)).map(t -> List.copyOf(t.activities)).orElse(List.of());
  }

  /**
   * {@return the metric's one-minute datapoints of a scalable service so far; for RequestCountPerTarget, of its
   * first target group}
   *
   * @param service a service with auto scaling
   * @param metric the predefined metric
   */
  public List<MetricDatapoint> metricData(ServiceRecord service, PredefinedMetricType metric) {
    ScalableTarget target = targets.get(service);
    if (target == null) {
      throw new IllegalArgumentException("service " + service.name() + " has no auto scaling, so no metrics are"
          + " recorded for it");
    }
    String name = switch (metric) {
      case ECS_SERVICE_AVERAGE_CPU_UTILIZATION -> CPU;
      case ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION -> MEMORY;
      case ALB_REQUEST_COUNT_PER_TARGET -> targetGroups(service).stream().findFirst()
          .map(AutoScaler::requestsMetric).orElse(REQUESTS_PER_TARGET);
    };
    return target.metrics.all(name);
  }

  private void tick() {
    Instant now = loop.now();
    long minute = Duration.between(started, now).toMinutes();
    for (ScalableTarget target : targets.values()) {
      if (target.service.status() != ServiceStatus.ACTIVE) {
        continue;  // a deleted service is no longer a scalable target
      }
      record(target, now);
      scaleByTargetTracking(target, now);
      for (StepScalingPolicy policy : target.configuration.stepScalingPolicies()) {
        long periodMinutes = Math.max(1, policy.alarm().period() / 60);
        if (minute % periodMinutes == 0) {
          StepScaling.evaluate(target, policy, alarmMetric(target.service, policy), now)
              .ifPresent(p -> scale(target, p));
        }
      }
    }
    loop.scheduleBackground(MetricHistory.MINUTE, this::tick);
  }

  private void record(ScalableTarget target, Instant now) {
    List<TaskRecord> tasks = scheduler.activeTasks(target.service);
    OptionalDouble cpu = ServiceMetrics.cpuUtilization(tasks, agent);
    OptionalDouble memory = ServiceMetrics.memoryUtilization(tasks, agent);
    cpu.ifPresent(v -> target.metrics.record(CPU, now, v));
    memory.ifPresent(v -> target.metrics.record(MEMORY, now, v));
    for (String group : targetGroups(target.service)) {
      long total = loadBalancing.requestCount(group);
      long minuteCount = total - requestsSeen.getOrDefault(group, 0L);
      requestsSeen.put(group, total);
      int healthy = loadBalancing.healthyTargetCount(group);
      if (minuteCount > 0 && healthy > 0) {
        target.metrics.record(requestsMetric(group), now, (double) minuteCount / healthy);
      }
    }
  }

  private void scaleByTargetTracking(ScalableTarget target, Instant now) {
    List<TargetTrackingScalingPolicy> policies = target.configuration.targetTrackingPolicies();
    List<ScalingProposal> out = new ArrayList<>();
    List<ScalingProposal> in = new ArrayList<>();
    for (TargetTrackingScalingPolicy policy : policies) {
      TargetTracking.evaluate(target, policy, trackedMetric(target.service, policy), now).ifPresent(p ->
          (p.capacity() > target.service.desiredCount() ? out : in).add(p));
    }
    Comparator<ScalingProposal> byCapacity = Comparator.comparingInt(ScalingProposal::capacity);
    if (!out.isEmpty()) {
      scale(target, out.stream().max(byCapacity).orElseThrow());
    } else if (!policies.isEmpty() && in.size() == policies.size()) {
      scale(target, in.stream().max(byCapacity).orElseThrow());
    }
  }

  private void scale(ScalableTarget target, ScalingProposal proposal) {
    int from = target.service.desiredCount();
    int to = target.clamp(proposal.capacity());
    if (to == from) {
      return;
    }
    String policy = proposal.policyName();
    if (to > from) {
      ScalableTarget.Cooldown running = target.scaleOut.get(policy);
      int startedFrom = running != null && loop.now().isBefore(running.until()) ? running.startedFrom() : from;
      target.scaleOut.put(policy, new ScalableTarget.Cooldown(loop.now().plus(cooldown(target, policy, true)),
          startedFrom));
      target.scaleInUntil.clear();
    } else {
      target.scaleInUntil.put(policy, loop.now().plus(cooldown(target, policy, false)));
    }
    setDesiredCount(target, policy, to, proposal.cause());
  }

  private void setDesiredCount(ScalableTarget target, String policy, int to, String cause) {
    int from = target.service.desiredCount();
    String description = "Setting desired count to " + to + ".";
    target.activities.add(new ScalingActivity(loop.now(), policy, from, to, description, cause));
    log.record(EventType.SCALING_ACTIVITY, target.service.cluster().name(), "service/" + target.service.name(),
        policy + ": desired count " + from + " → " + to + " (" + cause + ")");
    scheduler.setDesiredCount(target.service, to);
  }

  private static Duration cooldown(ScalableTarget target, String policy, boolean scaleOut) {
    for (TargetTrackingScalingPolicy p : target.configuration.targetTrackingPolicies()) {
      if (p.policyName().equals(policy)) {
        return Duration.ofSeconds((scaleOut ? p.scaleOutCooldown() : p.scaleInCooldown())
            .orElse(TargetTracking.DEFAULT_COOLDOWN_SECONDS));
      }
    }
    for (StepScalingPolicy p : target.configuration.stepScalingPolicies()) {
      if (p.policyName().equals(policy)) {
        return Duration.ofSeconds(p.cooldown().orElse(TargetTracking.DEFAULT_COOLDOWN_SECONDS));
      }
    }
    return Duration.ZERO;
  }

  private String trackedMetric(ServiceRecord service, TargetTrackingScalingPolicy policy) {
    return switch (policy.predefinedMetricType()) {
      case ECS_SERVICE_AVERAGE_CPU_UTILIZATION -> CPU;
      case ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION -> MEMORY;
      case ALB_REQUEST_COUNT_PER_TARGET -> requestsMetric(policy.resourceLabel().map(loadBalancing::targetGroupName)
          .or(() -> targetGroups(service).stream().findFirst()).orElse(""));
    };
  }

  /** The metric a step scaling policy's alarm watches: AWS/ECS CPU or memory, or ALB requests per target. */
  private String alarmMetric(ServiceRecord service, StepScalingPolicy policy) {
    String metric = policy.alarm().metricName();
    if (metric.equals(REQUESTS_PER_TARGET)) {
      return targetGroups(service).stream().findFirst().map(AutoScaler::requestsMetric).orElse(metric);
    }
    return metric;
  }

  private List<String> targetGroups(ServiceRecord service) {
    return service.service().loadBalancers().stream().map(ServiceLoadBalancer::targetGroupArn)
        .flatMap(Optional::stream).map(loadBalancing::targetGroupName).distinct().toList();
  }

  private static String requestsMetric(String targetGroup) {
    return REQUESTS_PER_TARGET + "/" + targetGroup;
  }
}

package dev.ecsdsl.dsl;

import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.model.ScheduledAction;
import dev.ecsdsl.model.ServiceAutoScaling;
import dev.ecsdsl.model.StepScalingPolicy;
import dev.ecsdsl.model.TargetTrackingScalingPolicy;

/** Describes Application Auto Scaling of a service: capacity bounds and policies. */
public final class AutoScalingBuilder {
  private final ServiceAutoScaling.Builder a = ServiceAutoScaling.builder();

  AutoScalingBuilder(int minCapacity, int maxCapacity) {
    a.minCapacity(minCapacity).maxCapacity(maxCapacity);
  }

  /**
   * Keep average CPU utilization at the target percent.
   *
   * @param percent target average CPU utilization of the service's tasks, in percent
   * @return this builder
   */
  public AutoScalingBuilder targetCpu(double percent) {
    return targetTracking("cpu-target", PredefinedMetricType.ECS_SERVICE_AVERAGE_CPU_UTILIZATION, percent, null);
  }

  /**
   * Keep average memory utilization at the target percent.
   *
   * @param percent target average memory utilization of the service's tasks, in percent
   * @return this builder
   */
  public AutoScalingBuilder targetMemory(double percent) {
    return targetTracking("memory-target", PredefinedMetricType.ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION, percent, null);
  }

  /**
   * Keep requests per target per minute of the target group at the target value.
   *
   * @param targetGroup the target group (name or ARN) whose requests are counted
   * @param requestsPerTarget requests per target per minute to keep
   * @return this builder
   */
  public AutoScalingBuilder targetRequestsPerTarget(String targetGroup, double requestsPerTarget) {
    return targetTracking("requests-target", PredefinedMetricType.ALB_REQUEST_COUNT_PER_TARGET, requestsPerTarget,
        targetGroup);
  }

  private AutoScalingBuilder targetTracking(String name, PredefinedMetricType metric, double target, String label) {
    TargetTrackingScalingPolicy.Builder p = TargetTrackingScalingPolicy.builder().policyName(name)
        .predefinedMetricType(metric).targetValue(target);
    if (label != null) {
      p.resourceLabel(label);
    }
    a.addTargetTrackingPolicy(p.build());
    return this;
  }

  /**
   * Any target tracking policy.
   *
   * @param policy the policy, built with {@link TargetTrackingScalingPolicy#builder()}
   * @return this builder
   */
  public AutoScalingBuilder targetTracking(TargetTrackingScalingPolicy policy) {
    a.addTargetTrackingPolicy(policy);
    return this;
  }

  /**
   * A step scaling policy.
   *
   * @param policy the policy, built with {@link StepScalingPolicy#builder()}
   * @return this builder
   */
  public AutoScalingBuilder stepScaling(StepScalingPolicy policy) {
    a.addStepScalingPolicy(policy);
    return this;
  }

  /**
   * A scheduled change of min/max capacity.
   *
   * @param name the scheduled action's name
   * @param schedule {@code at(...)}, {@code rate(...)} or {@code cron(...)}
   * @param minCapacity the minimum task count from then on
   * @param maxCapacity the maximum task count from then on
   * @return this builder
   */
  public AutoScalingBuilder scheduled(String name, String schedule, int minCapacity, int maxCapacity) {
    a.addScheduledAction(ScheduledAction.builder().scheduledActionName(name).schedule(schedule)
        .minCapacity(minCapacity).maxCapacity(maxCapacity).build());
    return this;
  }

  ServiceAutoScaling build() {
    return a.build();
  }
}

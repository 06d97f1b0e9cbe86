package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Predefined metric of a target tracking policy for an ECS service (Application Auto Scaling). */
public enum PredefinedMetricType {
  /** Average CPU utilization of the service's tasks, in percent of reserved CPU. */
  @JsonProperty("ECSServiceAverageCPUUtilization") ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
  /** Average memory utilization of the service's tasks, in percent of reserved memory. */
  @JsonProperty("ECSServiceAverageMemoryUtilization") ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION,
  /** Requests per target of the target group, per minute. */
  @JsonProperty("ALBRequestCountPerTarget") ALB_REQUEST_COUNT_PER_TARGET;
}

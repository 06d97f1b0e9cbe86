package dev.ecsdsl.control.autoscaling;

import dev.ecsdsl.control.services.ServiceRecord;
import dev.ecsdsl.model.ServiceAutoScaling;
import dev.ecsdsl.runtime.ScalingActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A service registered with Application Auto Scaling ({@code ecs:service:DesiredCount}): its capacity
 * limits, its metrics, its scaling activities, and the cooldowns in force.
 */
final class ScalableTarget {
  final ServiceRecord service;
  final ServiceAutoScaling configuration;
  final MetricHistory metrics = new MetricHistory();
  final List<ScalingActivity> activities = new ArrayList<>();
  int minCapacity;
  int maxCapacity;
  /** Per policy: the end of the cooldown of its last scale-out, and the capacity before that scale-out. */
  final Map<String, Cooldown> scaleOut = new HashMap<>();
  /** Per policy: the end of the cooldown of its last scale-in. */
  final Map<String, Instant> scaleInUntil = new HashMap<>();
  /** Per step scaling policy: breaching periods in a row, at the last evaluation. */
  final Map<String, Integer> breachingPeriods = new HashMap<>();

  ScalableTarget(ServiceRecord service, ServiceAutoScaling configuration) {
    this.service = service;
    this.configuration = configuration;
    this.minCapacity = configuration.minCapacity();
    this.maxCapacity = configuration.maxCapacity();
  }

  int clamp(int capacity) {
    return Math.max(minCapacity, Math.min(maxCapacity, capacity));
  }

  /** A scale-out's cooldown: until when, and the capacity the scale-out started from. */
  record Cooldown(Instant until, int startedFrom) {}
}

package dev.ecsdsl.examples.tour;

import dev.ecsdsl.runtime.MetricDatapoint;
import dev.ecsdsl.runtime.ScalingActivity;
import java.util.List;

/**
 * What Application Auto Scaling saw and did for the scaled service (empty lists where the runtime has no
 * auto scaling, as on Docker).
 *
 * @param service the scaled service
 * @param metricName the metric its policy tracks
 * @param metric the metric's one-minute datapoints
 * @param activities its scaling activities, oldest first
 * @param notes what the tour did to the metric, for the reader (e.g. when it stopped sending requests)
 */
public record ScalingData(ServiceRef service, String metricName, List<MetricDatapoint> metric,
    List<ScalingActivity> activities, List<Note> notes) {

  /**
   * A moment of the tour that explains the metric.
   *
   * @param at when
   * @param text what happened, and what it does to the metric
   */
  public record Note(java.time.Instant at, String text) {}
}

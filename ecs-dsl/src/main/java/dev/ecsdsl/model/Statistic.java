package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Statistic of a CloudWatch alarm. */
public enum Statistic {
  /** Average. */
  @JsonProperty("Average") AVERAGE,
  /** Minimum. */
  @JsonProperty("Minimum") MINIMUM,
  /** Maximum. */
  @JsonProperty("Maximum") MAXIMUM,
  /** Sum. */
  @JsonProperty("Sum") SUM,
  /** Sample count. */
  @JsonProperty("SampleCount") SAMPLE_COUNT;
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Comparison of a CloudWatch alarm. */
public enum ComparisonOperator {
  /** {@code metric >= threshold} */
  @JsonProperty("GreaterThanOrEqualToThreshold") GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
  /** {@code metric > threshold} */
  @JsonProperty("GreaterThanThreshold") GREATER_THAN_THRESHOLD,
  /** {@code metric < threshold} */
  @JsonProperty("LessThanThreshold") LESS_THAN_THRESHOLD,
  /** {@code metric <= threshold} */
  @JsonProperty("LessThanOrEqualToThreshold") LESS_THAN_OR_EQUAL_TO_THRESHOLD;

  /**
   * {@return whether a value breaches the threshold by this comparison}
   *
   * @param value the metric's value
   * @param threshold the alarm's threshold
   */
  public boolean breaches(double value, double threshold) {
    return switch (this) {
      case GREATER_THAN_OR_EQUAL_TO_THRESHOLD -> value >= threshold;
      case GREATER_THAN_THRESHOLD -> value > threshold;
      case LESS_THAN_THRESHOLD -> value < threshold;
      case LESS_THAN_OR_EQUAL_TO_THRESHOLD -> value <= threshold;
    };
  }
}

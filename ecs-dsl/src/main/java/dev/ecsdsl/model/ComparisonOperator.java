package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Comparison of a CloudWatch alarm. */
public enum ComparisonOperator {
  /** metric >= threshold */
  @JsonProperty("GreaterThanOrEqualToThreshold") GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
  /** metric > threshold */
  @JsonProperty("GreaterThanThreshold") GREATER_THAN_THRESHOLD,
  /** metric < threshold */
  @JsonProperty("LessThanThreshold") LESS_THAN_THRESHOLD,
  /** metric <= threshold */
  @JsonProperty("LessThanOrEqualToThreshold") LESS_THAN_OR_EQUAL_TO_THRESHOLD;
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a CloudWatch alarm treats periods without data. CloudWatch API: {@code TreatMissingData}. */
public enum TreatMissingData {
  /** Missing periods count as breaching. */
  @JsonProperty("breaching") BREACHING,
  /** Missing periods count as within the threshold. */
  @JsonProperty("notBreaching") NOT_BREACHING,
  /** Missing periods are skipped; the alarm keeps its state. */
  @JsonProperty("ignore") IGNORE,
  /** CloudWatch's default: the alarm looks further back, and goes to INSUFFICIENT_DATA when all are missing. */
  @JsonProperty("missing") MISSING
}

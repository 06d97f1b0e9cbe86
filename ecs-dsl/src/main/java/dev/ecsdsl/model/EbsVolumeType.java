package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An Amazon EBS volume type, as ECS-managed EBS volumes take it.
 */
public enum EbsVolumeType {
  /** General Purpose SSD (gp2). */
  @JsonProperty("gp2") GP2,
  /** General Purpose SSD (gp3), the default. */
  @JsonProperty("gp3") GP3,
  /** Provisioned IOPS SSD (io1). */
  @JsonProperty("io1") IO1,
  /** Provisioned IOPS SSD (io2 Block Express). */
  @JsonProperty("io2") IO2,
  /** Throughput Optimized HDD. */
  @JsonProperty("st1") ST1,
  /** Cold HDD. */
  @JsonProperty("sc1") SC1,
  /** Magnetic. */
  @JsonProperty("standard") STANDARD;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}

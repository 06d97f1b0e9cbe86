package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Launch type a task definition is validated against. ECS API: {@code Compatibility}. */
public enum Compatibility {
  /** Container instances of the cluster. */
  @JsonProperty("EC2") EC2,
  /** Serverless capacity. */
  @JsonProperty("FARGATE") FARGATE,
  /** On-premises instances (ECS Anywhere). */
  @JsonProperty("EXTERNAL") EXTERNAL,
  /** Amazon ECS Managed Instances: EC2 instances ECS launches and manages (not yet simulated). */
  @JsonProperty("MANAGED_INSTANCES") MANAGED_INSTANCES;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}

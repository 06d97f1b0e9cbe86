package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kind of task placement constraint. ECS API: {@code PlacementConstraintType}. */
public enum PlacementConstraintType {
  /** Each task of the group on a different instance (services and RunTask only). */
  @JsonProperty("distinctInstance") DISTINCT_INSTANCE,
  /** Only instances that satisfy a Cluster Query Language expression. */
  @JsonProperty("memberOf") MEMBER_OF;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}

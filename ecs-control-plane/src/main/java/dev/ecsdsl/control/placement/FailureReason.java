package dev.ecsdsl.control.placement;

/**
 * Why an instance was rejected for a task: the reason of the first {@link PlacementCheck} it failed. The ECS
 * spellings come from the "API failure reasons" page of the Amazon ECS Developer Guide.
 */
public enum FailureReason {
  /**
   * The instance is DRAINING. ECS does not report draining instances as RunTask failures, it just
   * leaves them out; so {@link ClusterPlacement#place} only counts them in its explanation, and
   * only {@link ClusterPlacement#reserveOn} reports this reason (not an ECS spelling).
   */
  DRAINING("DRAINING", "was DRAINING", "were DRAINING"),
  /** The container agent is disconnected. ECS: {@code AGENT}. */
  AGENT("AGENT", "had its agent disconnected", "had their agent disconnected"),
  /**
   * The task goes to a capacity provider whose Auto Scaling group the instance is not in. ECS only considers
   * the group's instances and reports nothing of the others; so {@link ClusterPlacement#place} only counts
   * them in its explanation, and only {@link ClusterPlacement#reserveOn} reports this reason (not an ECS
   * spelling).
   */
  CAPACITY_PROVIDER("CAPACITY_PROVIDER", "was outside the capacity provider's Auto Scaling group",
      "were outside the capacity provider's Auto Scaling group"),
  /**
   * The instance is in an Availability Zone where none of the task's {@code awsvpc} subnets is.
   * ECS: {@code LOCATION}.
   */
  LOCATION("LOCATION", "was outside the task's Availability Zones", "were outside the task's Availability Zones"),
  /** Not enough CPU units left. ECS: {@code RESOURCE:CPU}. */
  CPU("RESOURCE:CPU", "lacked CPU", "lacked CPU"),
  /** Not enough memory left. ECS: {@code RESOURCE:MEMORY}. */
  MEMORY("RESOURCE:MEMORY", "lacked memory", "lacked memory"),
  /**
   * A static host port is reserved or in use, or the ephemeral range (32768-60999) has too few free
   * ports for the task's dynamic host ports. ECS: {@code RESOURCE:PORTS}.
   */
  PORTS("RESOURCE:PORTS", "lacked host ports", "lacked host ports"),
  /** No elastic network interface left for an {@code awsvpc} task. ECS: {@code RESOURCE:ENI}. */
  ENI("RESOURCE:ENI", "had no free ENI", "had no free ENIs"),
  /** A {@code memberOf} expression does not hold for the instance. */
  MEMBER_OF(
      "MemberOf placement constraint unsatisfied.",
      "did not satisfy a memberOf constraint",
      "did not satisfy a memberOf constraint"),
  /** The instance already runs a task of the same group and {@code distinctInstance} is asked. */
  DISTINCT_INSTANCE(
      "DistinctInstance placement constraint unsatisfied.",
      "already ran a task of the group",
      "already ran a task of the group");

  private final String ecsName;
  private final String singular;
  private final String plural;

  FailureReason(String ecsName, String singular, String plural) {
    this.ecsName = ecsName;
    this.singular = singular;
    this.plural = plural;
  }

  /**
   * The reason as ECS spells it in a {@code Failure}.
   *
   * @return the ECS spelling, e.g. {@code RESOURCE:MEMORY}
   */
  public String ecsName() {
    return ecsName;
  }

  /** Whether ECS reports an instance rejected for this reason as a RunTask failure. */
  boolean reported() {
    return this != DRAINING && this != CAPACITY_PROVIDER;
  }

  /** "3 lacked memory", "1 was DRAINING". */
  String count(int instances) {
    return instances + " " + (instances == 1 ? singular : plural);
  }
}

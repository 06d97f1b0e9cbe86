package dev.ecsdsl.runtime;

/**
 * The state of a load balancer target (Elastic Load Balancing API, {@code TargetHealth.State}). {@link #toString()}
 * is the lower-case string ELB uses ({@code healthy}, {@code unhealthy.draining}) and {@link #fromValue} reads it
 * back.
 */
public enum TargetHealthState {
  /** Registered; its first health checks have not passed yet. */
  INITIAL("initial"),
  /** It passes its health checks and receives requests. */
  HEALTHY("healthy"),
  /** It failed its health checks. */
  UNHEALTHY("unhealthy"),
  /** Not registered, or in a zone the load balancer does not serve. */
  UNUSED("unused"),
  /** Being deregistered: it finishes its requests until the deregistration delay is over. */
  DRAINING("draining"),
  /** Health checks are disabled for its target group. */
  UNAVAILABLE("unavailable"),
  /** Unhealthy and being deregistered. */
  UNHEALTHY_DRAINING("unhealthy.draining");

  private final String value;

  TargetHealthState(String value) {
    this.value = value;
  }

  /** {@return the string ELB uses, e.g. {@code healthy}} */
  @Override
  public String toString() {
    return value;
  }

  /**
   * The constant for ELB's string form.
   *
   * @param value the string ELB uses, e.g. {@code healthy}
   * @return the constant
   * @throws IllegalArgumentException when ELB has no such value
   */
  public static TargetHealthState fromValue(String value) {
    return EnumValues.fromValue(TargetHealthState.class, value);
  }
}

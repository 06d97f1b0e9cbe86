package dev.ecsdsl.inmemory.service;

/**
 * Something that happens to the cluster during a rollout, {@code afterSeconds} after the UpdateService
 * call: nothing, one container instance set to DRAINING, or one EC2 instance terminated (its tasks stop
 * at once).
 *
 * @param kind what happens
 * @param instance which instance, as an index into the cluster's instances in registration order (taken
 *     modulo their number)
 * @param afterSeconds when, after the update
 */
record Disruption(Kind kind, int instance, int afterSeconds) {

  /** What happens. */
  enum Kind { NONE, DRAIN, TERMINATE }

  static Disruption none() {
    return new Disruption(Kind.NONE, 0, 0);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case NONE -> "undisturbed";
      case DRAIN -> "instance #" + instance + " DRAINING at +" + afterSeconds + "s";
      case TERMINATE -> "instance #" + instance + " terminated at +" + afterSeconds + "s";
    };
  }
}

package dev.ecsdsl.control.placement;

import dev.ecsdsl.model.PlacementStrategy;

/**
 * A placement strategy, checked and parsed. Each one ranks candidates by a score and keeps those with
 * the lowest; ties go to the next strategy.
 */
sealed interface Strategy {
  String ATTRIBUTE_PREFIX = "attribute:";

  /** {@code binpack}: leave the least of the resource unused, i.e. the least remaining now. */
  record Binpack(Resource resource) implements Strategy {}

  /** {@code spread} on {@code instanceId} or {@code host}: fewest tasks of the group per instance. */
  record SpreadInstance() implements Strategy {}

  /** {@code spread} on {@code attribute:<name>}: fewest tasks of the group per value of the attribute. */
  record SpreadAttribute(String attribute) implements Strategy {}

  /** {@code random}: no ranking; the final random pick decides. */
  record Random() implements Strategy {}

  static Strategy of(PlacementStrategy strategy) {
    String field = strategy.field().orElse(null);
    switch (strategy.type()) {
      case BINPACK:
        if ("memory".equals(field)) {
          return new Binpack(Resource.MEMORY);
        }
        if ("cpu".equals(field)) {
          return new Binpack(Resource.CPU);
        }
        throw new IllegalArgumentException(
            "binpack placement strategy field must be cpu or memory, found " + field);
      case SPREAD:
        if ("instanceId".equals(field) || "host".equals(field)) {
          return new SpreadInstance();
        }
        if (field != null && field.startsWith(ATTRIBUTE_PREFIX) && field.length() > ATTRIBUTE_PREFIX.length()) {
          return new SpreadAttribute(field.substring(ATTRIBUTE_PREFIX.length()));
        }
        throw new IllegalArgumentException(
            "spread placement strategy field must be instanceId, host or attribute:<name>, found " + field);
      case RANDOM:
        return new Random();
      default:
        throw new IllegalArgumentException("unknown placement strategy type " + strategy.type());
    }
  }
}

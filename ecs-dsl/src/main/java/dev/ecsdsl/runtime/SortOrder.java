package dev.ecsdsl.runtime;

/**
 * The order ListTaskDefinitions lists revisions in (ECS API, {@code ListTaskDefinitions.sort}). {@link #toString()} is
 * the string ECS uses and {@link #fromValue} reads it back.
 */
public enum SortOrder {
  /** By family name, then by revision, ascending (the default). */
  ASC,
  /** By family name, then by revision, descending. */
  DESC;

  /**
   * The constant for ECS's string form.
   *
   * @param value the string ECS uses, e.g. {@code ASC}
   * @return the constant
   * @throws IllegalArgumentException when ECS has no such value
   */
  public static SortOrder fromValue(String value) {
    return EnumValues.fromValue(SortOrder.class, value);
  }
}

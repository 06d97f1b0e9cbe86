package dev.ecsdsl.cql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comparison operators of the Cluster Query Language, each with every spelling the AWS
 * documentation lists for it. The first spelling is the canonical one used when printing.
 */
public enum Operator {
  /** String equality: {@code ==}, {@code equals}. */
  EQUALS("==", "equals"),
  /** String inequality: {@code !=}, {@code not_equals}. */
  NOT_EQUALS("!=", "not_equals"),
  /** Greater than: {@code >}, {@code greater_than}. */
  GREATER_THAN(">", "greater_than"),
  /** Greater than or equal to: {@code >=}, {@code greater_than_equal}. */
  GREATER_THAN_EQUAL(">=", "greater_than_equal"),
  /** Less than: {@code <}, {@code less_than}. */
  LESS_THAN("<", "less_than"),
  /** Less than or equal to: {@code <=}, {@code less_than_equal}. */
  LESS_THAN_EQUAL("<=", "less_than_equal"),
  /** The subject exists: {@code exists}. */
  EXISTS("exists"),
  /** The subject does not exist: {@code !exists}, {@code not_exists}. */
  NOT_EXISTS("!exists", "not_exists"),
  /** The value is in the argument list: {@code in}. */
  IN("in"),
  /** The value is not in the argument list: {@code !in}, {@code not_in}. */
  NOT_IN("!in", "not_in"),
  /** Java regular-expression match: {@code =~}, {@code matches}. */
  MATCHES("=~", "matches"),
  /** Java regular-expression mismatch: {@code !~}, {@code not_matches}. */
  NOT_MATCHES("!~", "not_matches");

  private static final Map<String, Operator> BY_SPELLING = new HashMap<>();

  static {
    for (Operator operator : values()) {
      for (String spelling : operator.spellings) {
        BY_SPELLING.put(spelling, operator);
      }
    }
  }

  private final List<String> spellings;

  Operator(String... spellings) {
    this.spellings = List.of(spellings);
  }

  /** {@return the canonical spelling, e.g. {@code ==} or {@code in}} */
  public String symbol() {
    return spellings.get(0);
  }

  /** {@return every documented spelling, canonical first} */
  public List<String> spellings() {
    return spellings;
  }

  /**
   * The operator spelled {@code text} (case-sensitive, as documented), if any.
   *
   * @param text a spelling, e.g. {@code !=} or {@code not_in}
   * @return the operator, if {@code text} spells one
   */
  public static Optional<Operator> fromSpelling(String text) {
    return Optional.ofNullable(BY_SPELLING.get(text));
  }

  /** {@return whether this is one of the six ordering/equality comparisons taking a single value} */
  public boolean isComparison() {
    return ordinal() <= LESS_THAN_EQUAL.ordinal();
  }

  /**
   * For a {@linkplain #isComparison() comparison}, whether a three-way comparison result
   * ({@code subject compareTo argument}) satisfies this operator.
   */
  boolean accepts(int comparison) {
    switch (this) {
      case EQUALS:
        return comparison == 0;
      case NOT_EQUALS:
        return comparison != 0;
      case GREATER_THAN:
        return comparison > 0;
      case GREATER_THAN_EQUAL:
        return comparison >= 0;
      case LESS_THAN:
        return comparison < 0;
      case LESS_THAN_EQUAL:
        return comparison <= 0;
      default:
        throw new IllegalStateException(this + " is not a comparison");
    }
  }

  @Override
  public String toString() {
    return symbol();
  }
}

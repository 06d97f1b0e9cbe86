package dev.ecsdsl.cql;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The operator sets the documentation lists per built-in subject, in declaration order. */
final class OperatorSets {
  static final Set<Operator> ALL = Collections.unmodifiableSet(EnumSet.allOf(Operator.class));
  static final Set<Operator> COMPARISONS =
      Collections.unmodifiableSet(EnumSet.range(Operator.EQUALS, Operator.LESS_THAN_EQUAL));
  static final Set<Operator> EQUALITY_LIST_MATCH =
      Collections.unmodifiableSet(
          EnumSet.of(
              Operator.EQUALS,
              Operator.NOT_EQUALS,
              Operator.IN,
              Operator.NOT_IN,
              Operator.MATCHES,
              Operator.NOT_MATCHES));

  private OperatorSets() {}
}

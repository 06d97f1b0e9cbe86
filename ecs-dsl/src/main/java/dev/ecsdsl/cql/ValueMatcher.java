package dev.ecsdsl.cql;

import java.util.List;
import java.util.Set;

/** A compiled test of one string value of a subject (an attribute value, an instance id, a task group). */
@FunctionalInterface
interface ValueMatcher {
  /** Lists up to this size are scanned; longer ones are hashed. */
  int SCAN_LIMIT = 8;

  boolean test(String value);

  static ValueMatcher equalTo(String argument) {
    return argument::equals;
  }

  static ValueMatcher oneOf(List<String> arguments) {
    if (arguments.size() > SCAN_LIMIT) {
      Set<String> set = Set.copyOf(arguments);
      return set::contains;
    }
    String[] array = arguments.toArray(new String[0]);
    return value -> {
      for (String argument : array) {
        if (argument.equals(value)) {
          return true;
        }
      }
      return false;
    };
  }

  /** Numeric order when both sides are decimal numbers, otherwise {@link String#compareTo}. */
  static ValueMatcher ordered(Operator operator, String argument) {
    if (DecimalNumbers.isNumber(argument)) {
      return value ->
          operator.accepts(
              DecimalNumbers.isNumber(value)
                  ? DecimalNumbers.compare(value, argument)
                  : value.compareTo(argument));
    }
    return value -> operator.accepts(value.compareTo(argument));
  }

  static ValueMatcher matching(String regex) {
    return RegexMatcher.compile(regex)::matches;
  }
}

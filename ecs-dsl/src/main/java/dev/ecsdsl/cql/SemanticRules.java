package dev.ecsdsl.cql;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * What the documentation requires beyond the grammar: which operators each subject accepts, and
 * what its values must look like. Each check returns the problem, if any, as a message.
 */
final class SemanticRules {
  static final String DATE_FORMATS =
      "2018-06-18T22:28:28+00:00, 2018-06-18T22:28:28Z, 2018-06-18T22:28:28 or 2018-06-18";
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

  private SemanticRules() {}

  static Optional<String> operatorProblem(Subject subject, Operator operator) {
    if (subject.validOperators().contains(operator)) {
      return Optional.empty();
    }
    return Optional.of(
        "operator '"
            + operator.symbol()
            + "' is not valid for "
            + subject.text()
            + " (valid: "
            + subject.validOperators().stream()
                .map(Operator::symbol)
                .collect(Collectors.joining(", "))
            + ")");
  }

  static Optional<String> valueProblem(Subject subject, Operator operator, Value value) {
    String text = value.text();
    if (operator == Operator.MATCHES || operator == Operator.NOT_MATCHES) {
      try {
        Pattern.compile(text);
        return Optional.empty();
      } catch (PatternSyntaxException e) {
        return Optional.of(
            "invalid regular expression " + value.canonical() + ": " + e.getDescription());
      }
    }
    if (subject == Subject.Field.REGISTERED_AT && RegistrationTime.parse(text).isEmpty()) {
      return Optional.of(
          "registeredAt expects a date such as " + DATE_FORMATS + ", found " + value.canonical());
    }
    if (subject == Subject.Field.RUNNING_TASKS_COUNT && !WHOLE_NUMBER.matcher(text).matches()) {
      return Optional.of(
          "runningTasksCount expects a whole number, found " + value.canonical());
    }
    if (subject == Subject.Field.AGENT_CONNECTED && !text.equals("true") && !text.equals("false")) {
      return Optional.of("agentConnected expects true or false, found " + value.canonical());
    }
    return Optional.empty();
  }

  /** Throws {@link IllegalArgumentException} if a programmatically built condition breaks a rule. */
  static void check(Expression.Condition condition) {
    operatorProblem(condition.subject(), condition.operator()).ifPresent(SemanticRules::fail);
    for (Value value : arguments(condition)) {
      valueProblem(condition.subject(), condition.operator(), value).ifPresent(SemanticRules::fail);
    }
  }

  private static List<Value> arguments(Expression.Condition condition) {
    if (condition instanceof Expression.Comparison) {
      return List.of(((Expression.Comparison) condition).value());
    }
    if (condition instanceof Expression.Membership) {
      return ((Expression.Membership) condition).values();
    }
    if (condition instanceof Expression.Match) {
      return List.of(((Expression.Match) condition).pattern());
    }
    return List.of();
  }

  private static void fail(String problem) {
    throw new IllegalArgumentException(problem);
  }
}

package dev.ecsdsl.cql;

import dev.ecsdsl.cql.Expression.And;
import dev.ecsdsl.cql.Expression.Comparison;
import dev.ecsdsl.cql.Expression.Condition;
import dev.ecsdsl.cql.Expression.Existence;
import dev.ecsdsl.cql.Expression.Match;
import dev.ecsdsl.cql.Expression.Membership;
import dev.ecsdsl.cql.Expression.Not;
import dev.ecsdsl.cql.Expression.Or;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A slow, obviously-correct restatement of the evaluation rules (BigDecimal, String.split,
 * Pattern.matches, LocalDate comparison), used to check the optimised compiled evaluator.
 */
final class ReferenceEvaluator {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private ReferenceEvaluator() {}

  static boolean evaluate(Expression expression, InstanceView instance) {
    if (expression instanceof And) {
      return evaluate(((And) expression).left(), instance) && evaluate(((And) expression).right(), instance);
    }
    if (expression instanceof Or) {
      return evaluate(((Or) expression).left(), instance) || evaluate(((Or) expression).right(), instance);
    }
    if (expression instanceof Not) {
      return !evaluate(((Not) expression).operand(), instance);
    }
    return condition((Condition) expression, instance);
  }

  private static boolean condition(Condition condition, InstanceView instance) {
    Subject subject = condition.subject();
    Operator operator = condition.operator();
    if (subject == Subject.Field.TASK_GROUP) {
      boolean negated = isNegated(operator);
      if (condition instanceof Existence) {
        return negated == instance.taskGroups().isEmpty();
      }
      Predicate<String> positive = positive(condition);
      return negated != instance.taskGroups().stream().anyMatch(positive);
    }
    if (condition instanceof Existence) {
      boolean present = instance.attribute(((Subject.Attribute) subject).name()).isPresent();
      return present != isNegated(operator);
    }
    if (subject == Subject.Field.RUNNING_TASKS_COUNT) {
      BigInteger argument = new BigInteger(((Comparison) condition).value().text());
      return operator.accepts(BigInteger.valueOf(instance.runningTasksCount()).compareTo(argument));
    }
    if (subject == Subject.Field.REGISTERED_AT) {
      return registeredAt(operator, ((Comparison) condition).value().text(), instance.registeredAt());
    }
    if (subject == Subject.Field.AGENT_VERSION) {
      String version = instance.agentVersion();
      return version != null && operator.accepts(compareVersions(version, ((Comparison) condition).value().text()));
    }
    Optional<String> value = singleValue(subject, instance);
    if (value.isEmpty()) {
      return false;
    }
    return positive(condition).test(value.get()) != isNegated(operator);
  }

  private static Optional<String> singleValue(Subject subject, InstanceView instance) {
    if (subject instanceof Subject.Attribute) {
      return instance.attribute(((Subject.Attribute) subject).name());
    }
    if (subject == Subject.Field.EC2_INSTANCE_ID) {
      return Optional.ofNullable(instance.ec2InstanceId());
    }
    return Optional.of(String.valueOf(instance.agentConnected()));
  }

  private static Predicate<String> positive(Condition condition) {
    if (condition instanceof Membership) {
      List<String> values =
          ((Membership) condition).values().stream().map(Value::text).collect(Collectors.toList());
      return values::contains;
    }
    if (condition instanceof Match) {
      String regex = ((Match) condition).pattern().text();
      return value -> Pattern.matches(regex, value);
    }
    Comparison comparison = (Comparison) condition;
    String argument = comparison.value().text();
    Operator operator = comparison.operator();
    if (operator == Operator.EQUALS || operator == Operator.NOT_EQUALS) {
      return argument::equals;
    }
    return value -> {
      boolean numeric = NUMBER.matcher(value).matches() && NUMBER.matcher(argument).matches();
      int order = numeric ? new BigDecimal(value).compareTo(new BigDecimal(argument)) : value.compareTo(argument);
      return operator.accepts(order);
    };
  }

  private static boolean isNegated(Operator operator) {
    return operator == Operator.NOT_EQUALS
        || operator == Operator.NOT_IN
        || operator == Operator.NOT_MATCHES
        || operator == Operator.NOT_EXISTS;
  }

  private static boolean registeredAt(Operator operator, String argument, Instant registeredAt) {
    if (registeredAt == null) {
      return false;
    }
    if (argument.length() == 10) {
      LocalDate day = registeredAt.atZone(ZoneOffset.UTC).toLocalDate();
      return operator.accepts(day.compareTo(LocalDate.parse(argument)));
    }
    Instant moment =
        argument.length() == 19
            ? LocalDateTime.parse(argument).toInstant(ZoneOffset.UTC)
            : OffsetDateTime.parse(argument).toInstant();
    return operator.accepts(registeredAt.truncatedTo(ChronoUnit.SECONDS).compareTo(moment));
  }

  static int compareVersions(String a, String b) {
    String[] left = a.split("\\.", -1);
    String[] right = b.split("\\.", -1);
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      String x = i < left.length ? left[i] : null;
      String y = i < right.length ? right[i] : null;
      boolean numericX = x == null || x.matches("\\d+");
      boolean numericY = y == null || y.matches("\\d+");
      int order;
      if (numericX && numericY) {
        order = new BigInteger(x == null ? "0" : x).compareTo(new BigInteger(y == null ? "0" : y));
      } else if (x == null) {
        order = -1;
      } else if (y == null) {
        order = 1;
      } else {
        order = x.compareTo(y);
      }
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }
}

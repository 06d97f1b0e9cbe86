package dev.ecsdsl.cql;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns an {@link Expression} into an {@link InstancePredicate}, parsing arguments and compiling
 * patterns once. Semantics:
 *
 * <ul>
 *   <li>{@code ==}/{@code !=}/{@code in} compare text ("String equality" in the documentation);
 *       {@code > >= < <=} compare numerically when both sides are decimal numbers, else as text;
 *   <li>{@code =~} is a Java regular expression that must match the whole value;
 *   <li>a missing attribute (or a {@code null} instance id / agent version / registration time)
 *       satisfies no condition except {@code !exists};
 *   <li>{@code agentVersion} orders as a dotted version; {@code registeredAt} as described in
 *       {@link RegistrationTime}; {@code runningTasksCount} as an integer;
 *   <li>{@code task:group} holds when any task on the instance has a satisfying group; its negated
 *       operators ({@code != !in !~ !exists}) are the exact negation, so {@code task:group !=
 *       database} means "hosts no task of group database".
 * </ul>
 */
final class QueryCompiler {
  private QueryCompiler() {}

  static InstancePredicate compile(Expression expression) {
    if (expression instanceof Expression.And) {
      InstancePredicate left = compile(((Expression.And) expression).left());
      InstancePredicate right = compile(((Expression.And) expression).right());
      return instance -> left.test(instance) && right.test(instance);
    }
    if (expression instanceof Expression.Or) {
      InstancePredicate left = compile(((Expression.Or) expression).left());
      InstancePredicate right = compile(((Expression.Or) expression).right());
      return instance -> left.test(instance) || right.test(instance);
    }
    if (expression instanceof Expression.Not) {
      InstancePredicate operand = compile(((Expression.Not) expression).operand());
      return instance -> !operand.test(instance);
    }
    Expression.Condition condition = (Expression.Condition) expression;
    SemanticRules.check(condition);
    return condition(condition);
  }

  private static InstancePredicate condition(Expression.Condition condition) {
    Subject subject = condition.subject();
    if (subject instanceof Subject.Attribute) {
      return attribute(((Subject.Attribute) subject).name(), condition);
    }
    switch ((Subject.Field) subject) {
      case TASK_GROUP:
        return taskGroup(condition);
      case EC2_INSTANCE_ID:
        return singleValued(InstanceView::ec2InstanceId, condition);
      case AGENT_CONNECTED:
        return agentConnected(condition);
      case AGENT_VERSION:
        return agentVersion((Expression.Comparison) condition);
      case REGISTERED_AT:
        return registeredAt((Expression.Comparison) condition);
      case RUNNING_TASKS_COUNT:
        return runningTasksCount((Expression.Comparison) condition);
      default:
        throw new IllegalStateException("unhandled subject " + subject);
    }
  }

  private static InstancePredicate attribute(String name, Expression.Condition condition) {
    if (condition instanceof Expression.Existence) {
      boolean negated = ((Expression.Existence) condition).negated();
      return instance -> instance.attribute(name).isPresent() != negated;
    }
    return singleValued(instance -> instance.attribute(name).orElse(null), condition);
  }

  private static InstancePredicate singleValued(
      Function<InstanceView, String> accessor, Expression.Condition condition) {
    ValueMatcher test = positiveTest(condition);
    boolean negated = isNegated(condition);
    return instance -> {
      String value = accessor.apply(instance);
      return value != null && test.test(value) != negated;
    };
  }

  private static InstancePredicate agentConnected(Expression.Condition condition) {
    ValueMatcher test = positiveTest(condition);
    boolean negated = isNegated(condition);
    boolean whenConnected = test.test("true") != negated;
    boolean whenDisconnected = test.test("false") != negated;
    return instance -> instance.agentConnected() ? whenConnected : whenDisconnected;
  }

  private static InstancePredicate taskGroup(Expression.Condition condition) {
    boolean negated = isNegated(condition);
    if (condition instanceof Expression.Existence) {
      return instance -> instance.taskGroups().isEmpty() == negated;
    }
    if (condition instanceof Expression.Comparison && isEquality(condition.operator())) {
      String group = ((Expression.Comparison) condition).value().text();
      return instance -> instance.taskGroups().contains(group) != negated;
    }
    if (condition instanceof Expression.Membership) {
      String[] groups = texts(((Expression.Membership) condition).values()).toArray(new String[0]);
      return instance -> {
        Set<String> present = instance.taskGroups();
        for (String group : groups) {
          if (present.contains(group)) {
            return !negated;
          }
        }
        return negated;
      };
    }
    ValueMatcher test = positiveTest(condition);
    return instance -> {
      for (String group : instance.taskGroups()) {
        if (test.test(group)) {
          return !negated;
        }
      }
      return negated;
    };
  }

  private static InstancePredicate agentVersion(Expression.Comparison comparison) {
    Operator operator = comparison.operator();
    String argument = comparison.value().text();
    return instance -> {
      String version = instance.agentVersion();
      return version != null && operator.accepts(AgentVersions.compare(version, argument));
    };
  }

  private static InstancePredicate registeredAt(Expression.Comparison comparison) {
    Operator operator = comparison.operator();
    RegistrationTime argument =
        RegistrationTime.parse(comparison.value().text()).orElseThrow(IllegalStateException::new);
    return instance -> {
      Instant registeredAt = instance.registeredAt();
      return registeredAt != null && argument.accepts(operator, registeredAt);
    };
  }

  private static InstancePredicate runningTasksCount(Expression.Comparison comparison) {
    Operator operator = comparison.operator();
    long argument = Long.parseLong(comparison.value().text());
    return instance -> operator.accepts(Long.compare(instance.runningTasksCount(), argument));
  }

  /** The test a negated operator negates: {@code !=} tests equality, {@code !in} membership... */
  private static ValueMatcher positiveTest(Expression.Condition condition) {
    if (condition instanceof Expression.Comparison) {
      Expression.Comparison comparison = (Expression.Comparison) condition;
      String argument = comparison.value().text();
      return isEquality(comparison.operator())
          ? ValueMatcher.equalTo(argument)
          : ValueMatcher.ordered(comparison.operator(), argument);
    }
    if (condition instanceof Expression.Membership) {
      return ValueMatcher.oneOf(texts(((Expression.Membership) condition).values()));
    }
    if (condition instanceof Expression.Match) {
      return ValueMatcher.matching(((Expression.Match) condition).pattern().text());
    }
    throw new IllegalStateException("no value test for " + condition);
  }

  private static boolean isEquality(Operator operator) {
    return operator == Operator.EQUALS || operator == Operator.NOT_EQUALS;
  }

  private static boolean isNegated(Expression.Condition condition) {
    Operator operator = condition.operator();
    return operator == Operator.NOT_EQUALS
        || operator == Operator.NOT_IN
        || operator == Operator.NOT_MATCHES
        || operator == Operator.NOT_EXISTS;
  }

  private static List<String> texts(List<Value> values) {
    return values.stream().map(Value::text).collect(Collectors.toList());
  }
}

package dev.ecsdsl.validation;

import dev.ecsdsl.cql.ClusterQuery;
import dev.ecsdsl.cql.CqlSyntaxException;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementConstraintType;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.Service;
import java.util.List;
import java.util.Optional;

/**
 * Rules about task placement: constraint expressions (Cluster Query Language), strategy fields, how many of
 * each a service may have, and that Fargate takes none.
 */
final class PlacementRules {
  private PlacementRules() {}

  private static final String CONSTRAINT =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PlacementConstraint.html";
  private static final String STRATEGY =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PlacementStrategy.html";
  private static final String CREATE_SERVICE =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html";

  /** Doc: task placement constraints (and strategies) aren't supported for tasks run on Fargate. */
  static final Rule NOT_ON_FARGATE = Rule.error("placement-not-on-fargate",
      "Placement constraints and strategies are not supported on Fargate",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinitionPlacementConstraint.html");

  /** Doc: memberOf takes a Cluster Query Language expression (at most 2000 characters). */
  static final Rule MEMBER_OF_EXPRESSION = Rule.error("member-of-expression-syntax",
      "A memberOf constraint needs a valid Cluster Query Language expression",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html");

  /** Doc: you can't specify an expression if the constraint type is distinctInstance. */
  static final Rule DISTINCT_INSTANCE_EXPRESSION = Rule.error("distinct-instance-no-expression",
      "A distinctInstance constraint takes no expression", CONSTRAINT);

  /** Doc: for the binpack strategy valid fields are cpu and memory. */
  static final Rule BINPACK_FIELD = Rule.error("binpack-field",
      "binpack works on the field cpu or memory", STRATEGY);

  /** Doc: for the spread strategy valid fields are instanceId (or host) or an attribute such as attribute:ecs.availability-zone. */
  static final Rule SPREAD_FIELD = Rule.error("spread-field",
      "spread works on instanceId, host or attribute:<name>", STRATEGY);

  /** Doc: for the random strategy the field is not used. */
  static final Rule RANDOM_FIELD = Rule.error("random-no-field",
      "random takes no field", STRATEGY);

  /** Doc: you can specify a maximum of 5 strategy rules for each service. */
  static final Rule MAX_STRATEGIES = Rule.error("max-placement-strategies",
      "A service has at most 5 placement strategies", CREATE_SERVICE);

  /** Doc: a maximum of 10 constraints per task, including those in the task definition. */
  static final Rule MAX_CONSTRAINTS = Rule.error("max-placement-constraints",
      "A task has at most 10 placement constraints, service and task definition together", CREATE_SERVICE);

  static final List<Rule> RULES = List.of(NOT_ON_FARGATE, MEMBER_OF_EXPRESSION, DISTINCT_INSTANCE_EXPRESSION,
      BINPACK_FIELD, SPREAD_FIELD, RANDOM_FIELD, MAX_STRATEGIES, MAX_CONSTRAINTS);

  private static final int MAX_EXPRESSION_LENGTH = 2000;

  /** Checks a task definition's placement constraints. */
  static void checkTaskDefinition(TaskScope s, Findings f) {
    List<PlacementConstraint> constraints = s.td().placementConstraints();
    for (int i = 0; i < constraints.size(); i++) {
      checkConstraint(constraints.get(i), s.path().then("placementConstraints", i), f);
    }
    if (s.fargate() && !constraints.isEmpty()) {
      f.add(NOT_ON_FARGATE, s.path().then("placementConstraints"),
          "the task definition has " + Words.count(constraints.size(), "placement constraint", "placement constraints")
              + " but runs on Fargate, which does not support them",
          "remove placementConstraints (Fargate places tasks itself, spread over Availability Zones)");
    }
  }

  /**
   * Checks a service's placement constraints and strategies.
   *
   * @param launch where the service's tasks run, if known
   * @param taskDefinitionConstraints how many constraints its task definition adds
   */
  static void checkService(Service svc, ProblemPath path, Optional<LaunchType> launch,
      int taskDefinitionConstraints, Findings f) {
    List<PlacementConstraint> constraints = svc.placementConstraints();
    List<PlacementStrategy> strategies = svc.placementStrategy();
    for (int i = 0; i < constraints.size(); i++) {
      checkConstraint(constraints.get(i), path.then("placementConstraints", i), f);
    }
    for (int i = 0; i < strategies.size(); i++) {
      checkStrategy(strategies.get(i), path.then("placementStrategy", i), f);
    }
    if (strategies.size() > 5) {
      f.add(MAX_STRATEGIES, path.then("placementStrategy"),
          "the service has " + strategies.size() + " placement strategies; ECS allows at most 5",
          "keep the 5 most important strategies (they apply in order)");
    }
    int total = constraints.size() + taskDefinitionConstraints;
    if (total > 10) {
      f.add(MAX_CONSTRAINTS, path.then("placementConstraints"),
          "tasks of the service have " + total + " placement constraints (" + constraints.size()
              + " on the service, " + taskDefinitionConstraints + " in the task definition); ECS allows at most 10",
          "merge memberOf expressions with 'and' so that there are at most 10 constraints");
    }
    if (launch.orElse(null) == LaunchType.FARGATE && (!constraints.isEmpty() || !strategies.isEmpty())) {
      f.add(NOT_ON_FARGATE, path,
          "the service runs on Fargate but has "
              + (constraints.isEmpty() ? "" : Words.count(constraints.size(), "placement constraint", "placement constraints"))
              + (constraints.isEmpty() || strategies.isEmpty() ? "" : " and ")
              + (strategies.isEmpty() ? "" : Words.count(strategies.size(), "placement strategy", "placement strategies"))
              + ", which Fargate does not support",
          "remove placementConstraints and placementStrategy from the service");
    }
  }

  static void checkConstraint(PlacementConstraint c, ProblemPath at, Findings f) {
    if (c.type() == PlacementConstraintType.DISTINCT_INSTANCE) {
      if (c.expression().isPresent()) {
        f.add(DISTINCT_INSTANCE_EXPRESSION, at.then("expression"),
            "distinctInstance takes no expression but has '" + c.expression().get() + "'",
            "remove the expression, or make it a memberOf constraint");
      }
      return;
    }
    Optional<String> expression = c.expression().filter(e -> !e.isBlank());
    if (expression.isEmpty()) {
      f.add(MEMBER_OF_EXPRESSION, at.then("expression"), "memberOf needs an expression but has none",
          "add a Cluster Query Language expression, e.g. attribute:ecs.instance-type =~ t3.*");
      return;
    }
    String text = expression.get();
    if (text.length() > MAX_EXPRESSION_LENGTH) {
      f.add(MEMBER_OF_EXPRESSION, at.then("expression"),
          "memberOf expression is " + text.length() + " characters long; the maximum is " + MAX_EXPRESSION_LENGTH,
          "shorten the expression");
      return;
    }
    try {
      ClusterQuery.parse(text);
    } catch (CqlSyntaxException e) {
      f.add(MEMBER_OF_EXPRESSION, at.then("expression"),
          "memberOf expression '" + text + "' is not valid Cluster Query Language: at column " + e.column() + ": "
              + e.reason(),
          "fix the expression at column " + e.column() + " (see the Cluster Query Language documentation)");
    } catch (IllegalArgumentException e) {
      f.add(MEMBER_OF_EXPRESSION, at.then("expression"),
          "memberOf expression '" + text + "' is not valid Cluster Query Language: " + e.getMessage(),
          "fix the expression (see the Cluster Query Language documentation)");
    }
  }

  private static void checkStrategy(PlacementStrategy s, ProblemPath at, Findings f) {
    Optional<String> field = s.field();
    switch (s.type()) {
      case BINPACK -> {
        if (field.isEmpty() || !(field.get().equals("cpu") || field.get().equals("memory"))) {
          f.add(BINPACK_FIELD, at.then("field"),
              "binpack field is " + field.map(v -> "'" + v + "'").orElse("missing") + "; binpack works on cpu or memory",
              "set field to memory (or cpu)");
        }
      }
      case SPREAD -> {
        boolean ok = field.map(v -> v.equals("instanceId") || v.equals("host")
            || (v.startsWith("attribute:") && v.length() > "attribute:".length())).orElse(false);
        if (!ok) {
          f.add(SPREAD_FIELD, at.then("field"),
              "spread field is " + field.map(v -> "'" + v + "'").orElse("missing")
                  + "; spread works on instanceId, host or attribute:<name>",
              "set field to attribute:ecs.availability-zone or instanceId");
        }
      }
      case RANDOM -> field.ifPresent(v -> f.add(RANDOM_FIELD, at.then("field"),
          "random takes no field but has '" + v + "'", "remove the field"));
      default -> { }
    }
  }
}

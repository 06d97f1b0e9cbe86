package dev.ecsdsl.iam;

import dev.ecsdsl.model.Effect;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.PolicyStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IAM's evaluation of a role's identity-based policies ("Policy evaluation logic" and "The difference between
 * explicit and implicit denies", IAM User Guide): a request is denied by default; a matching Allow allows it; a
 * matching Deny denies it whatever any Allow says. The order of statements and policies does not matter.
 *
 * <p>A statement matches when one of its actions matches the action (case insensitive, {@code *} and {@code ?})
 * and one of its resources matches the resource ({@code *} when it lists none). Simplified: no conditions,
 * {@code NotAction}, {@code NotResource}, resource-based policies, permission boundaries or session policies.
 */
public final class PolicyEvaluator {
  private PolicyEvaluator() {}

  /**
   * Whether {@code role} may call {@code action} (e.g. {@code secretsmanager:GetSecretValue}) on {@code resource}
   * (an ARN, or {@code *} for actions without a resource type).
   *
   * @param role the role, with its inline statements and managed policies
   * @param action the action, e.g. {@code secretsmanager:GetSecretValue}
   * @param resource the resource's ARN, or {@code *}
   * @return the decision, with the statement that made it
   */
  public static Decision evaluate(IamRole role, String action, String resource) {
    requireAction(action);
    if (resource == null || resource.isBlank()) {
      throw new IllegalArgumentException("resource must be an ARN or *, got '" + resource + "'");
    }
    List<String> unknown = new ArrayList<>();
    Decision allow = null;
    for (Source source : sources(role, unknown)) {
      for (PolicyStatement statement : source.statements()) {
        if (!matches(statement, action, resource)) {
          continue;
        }
        if (statement.effect() == Effect.DENY) {
          return new Decision(Decision.Outcome.EXPLICIT_DENY, Optional.of(statement), Optional.of(source.name()),
              unknown);
        }
        if (allow == null) {
          allow = new Decision(Decision.Outcome.ALLOWED, Optional.of(statement), Optional.of(source.name()), unknown);
        }
      }
    }
    return allow != null ? allow : new Decision(Decision.Outcome.IMPLICIT_DENY, Optional.empty(), Optional.empty(), unknown);
  }

  /**
   * {@return whether the statement's actions and resources both match}
   *
   * @param statement the statement
   * @param action the action, such as {@code s3:GetObject}
   * @param resource the resource's ARN
   */
  public static boolean matches(PolicyStatement statement, String action, String resource) {
    boolean actionMatches = statement.actions().stream().anyMatch(a -> Wildcards.actionMatches(a, action));
    if (!actionMatches) {
      return false;
    }
    List<String> resources = statement.resources().isEmpty() ? List.of("*") : statement.resources();
    return resources.stream().anyMatch(r -> Wildcards.resourceMatches(r, resource));
  }

  /**
   * Whether {@code pattern} (e.g. {@code ecs:Submit*}) covers every action {@code action} can name, reading the
   * wildcards of {@code action} as plain characters: {@code ecs:SubmitTaskStateChange} and {@code ecs:Submit*}
   * are covered by {@code ecs:Submit*}, {@code ecs:*} is not.
   *
   * @param pattern an action pattern of a statement, wildcards allowed
   * @param action an action, whose wildcards are read literally
   * @return whether every action {@code action} can name matches {@code pattern}
   */
  public static boolean actionCovers(String pattern, String action) {
    return Wildcards.actionMatches(pattern, action);
  }

  private record Source(String name, List<PolicyStatement> statements) {}

  private static List<Source> sources(IamRole role, List<String> unknown) {
    List<Source> sources = new ArrayList<>();
    sources.add(new Source("inline", role.statements()));
    for (String arn : role.managedPolicyArns()) {
      Optional<List<PolicyStatement>> statements = ManagedPolicies.statements(arn);
      if (statements.isPresent()) {
        sources.add(new Source(arn, statements.get()));
      } else {
        unknown.add(arn);
      }
    }
    return sources;
  }

  private static void requireAction(String action) {
    if (action == null || !action.matches("[A-Za-z0-9-]+:[A-Za-z0-9]+")) {
      throw new IllegalArgumentException("action must be service:Action, e.g. s3:GetObject, got '" + action + "'");
    }
  }
}

package dev.ecsdsl.validation;

import dev.ecsdsl.iam.ManagedPolicies;
import dev.ecsdsl.iam.PolicyEvaluator;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Effect;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.PolicyStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lint over container instance roles. The Amazon ECS Developer Guide ("AWS managed policies for Amazon ECS",
 * AmazonEC2ContainerServiceforEC2Role, Considerations): "Containers that are running on your container instances
 * have access to all of the permissions that are supplied to the container instance role through instance
 * metadata. We recommend that you limit the permissions in your container instance role to the minimal list of
 * permissions that are provided in the managed AmazonEC2ContainerServiceforEC2Role policy. If the containers in
 * your tasks need extra permissions that aren't listed, we recommend providing those tasks with their own IAM
 * roles." Every Allow on an instance role beyond that list is a warning: it leaks to every task on the instance.
 */
final class InstanceRoleRules {
  private InstanceRoleRules() {}

  /** Doc: keep the container instance role to the AmazonEC2ContainerServiceforEC2Role list; tasks get task roles. */
  static final Rule TASK_PERMISSIONS_ON_INSTANCE_ROLE = Rule.warning("instance-role-task-permissions",
      "A container instance role should allow only what the ECS agent needs (AmazonEC2ContainerServiceforEC2Role):"
          + " every container on the instance can use it",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-awsmanpol.html");

  static final List<Rule> RULES = List.of(TASK_PERMISSIONS_ON_INSTANCE_ROLE);

  private static final List<String> AGENT_ACTIONS = ManagedPolicies
      .statements(IamRole.EC2_CONTAINER_SERVICE_FOR_EC2_ROLE).orElseThrow().stream()
      .flatMap(s -> s.actions().stream()).toList();

  /** Checks the role of every instance group's instance profile, once per role. */
  static void check(Environment env, Findings f) {
    Map<String, ProblemPath> firstUse = new LinkedHashMap<>();
    for (Cluster c : env.clusters()) {
      for (InstanceGroup g : c.instanceGroups()) {
        g.iamInstanceProfile().flatMap(env::role).ifPresent(role -> firstUse.putIfAbsent(role.roleName(),
            ProblemPath.of("cluster " + c.clusterName(), "instance group " + g.name(), "iamInstanceProfile")));
      }
    }
    firstUse.forEach((roleName, path) -> checkRole(env.role(roleName).orElseThrow(), path, f));
  }

  private static void checkRole(IamRole role, ProblemPath path, Findings f) {
    List<Source> sources = new ArrayList<>();
    sources.add(new Source(Optional.empty(), role.statements()));
    for (String arn : role.managedPolicyArns()) {
      ManagedPolicies.statements(arn).ifPresent(statements -> sources.add(new Source(Optional.of(arn), statements)));
    }
    for (Source source : sources) {
      for (int i = 0; i < source.statements().size(); i++) {
        PolicyStatement statement = source.statements().get(i);
        List<String> beyond = beyondAgent(statement);
        if (statement.effect() == Effect.ALLOW && !beyond.isEmpty()) {
          ProblemPath rolePath = path.then("role " + role.roleName());
          ProblemPath policyPath = source.policy().map(p -> rolePath.then("managed policy " + p)).orElse(rolePath);
          f.add(TASK_PERMISSIONS_ON_INSTANCE_ROLE, policyPath.then("statements", i),
              "instance role " + role.roleName() + " allows " + String.join(", ", beyond) + " on "
                  + String.join(", ", resources(statement)) + describe(statement)
                  + ": every container on these instances can use it through the instance metadata",
              "move the statement to the task role of the tasks that need it (taskRoleArn) and keep role "
                  + role.roleName() + " to AmazonEC2ContainerServiceforEC2Role");
        }
      }
    }
  }

  private record Source(Optional<String> policy, List<PolicyStatement> statements) {}

  private static List<String> beyondAgent(PolicyStatement statement) {
    return statement.actions().stream()
        .filter(a -> AGENT_ACTIONS.stream().noneMatch(agent -> PolicyEvaluator.actionCovers(agent, a)))
        .toList();
  }

  private static List<String> resources(PolicyStatement statement) {
    return statement.resources().isEmpty() ? List.of("*") : statement.resources();
  }

  private static String describe(PolicyStatement statement) {
    return statement.sid().map(sid -> " (statement " + sid + ")").orElse("");
  }
}

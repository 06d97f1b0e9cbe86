package dev.ecsdsl.validation;

import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.ScheduledTask;
import java.util.List;
import java.util.Optional;

/**
 * Rules about IAM roles: every role a description refers to exists, and is trusted by the service that
 * assumes it (ECS tasks, EC2 instances, EventBridge).
 */
final class IamRules {
  private IamRules() {}

  /** Doc: a referenced role must exist in the account (environment context). */
  static final Rule ROLE_UNKNOWN = Rule.error("role-unknown",
      "Every role referred to must be a role of the environment",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-ecs-iam-role-overview.html");

  /** Doc: task roles and task execution roles are assumed by ecs-tasks.amazonaws.com (trust policy). */
  static final Rule TASK_ROLE_TRUST = Rule.error("task-role-trust",
      "Task and task execution roles must trust ecs-tasks.amazonaws.com",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html");

  /** Doc: the container instance role is assumed by ec2.amazonaws.com. */
  static final Rule INSTANCE_ROLE_TRUST = Rule.error("instance-role-trust",
      "Container instance roles must trust ec2.amazonaws.com",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/instance_IAM_role.html");

  /** Doc: the role EventBridge uses to run scheduled tasks is assumed by events.amazonaws.com. */
  static final Rule EVENTS_ROLE_TRUST = Rule.error("events-role-trust",
      "The role of a scheduled task must trust events.amazonaws.com",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/CWE_IAM_role.html");

  /**
   * Doc: the infrastructure role for load balancers and the role that invokes lifecycle hook functions trust
   * ecs.amazonaws.com (AmazonECSInfrastructureRolePolicyForLoadBalancers.html, blue-green-permissions.html).
   */
  static final Rule ECS_ROLE_TRUST = Rule.error("ecs-role-trust",
      "The roles ECS assumes for load balancers and lifecycle hooks must trust ecs.amazonaws.com",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AmazonECSInfrastructureRolePolicyForLoadBalancers.html");

  static final List<Rule> RULES = List.of(ROLE_UNKNOWN, TASK_ROLE_TRUST, INSTANCE_ROLE_TRUST, EVENTS_ROLE_TRUST,
      ECS_ROLE_TRUST);

  /** Checks a task definition's task and execution roles (environment only). */
  static void checkTaskDefinition(TaskScope s, Findings f) {
    if (s.env().isEmpty()) {
      return;
    }
    Environment env = s.env().get();
    s.td().taskRoleArn().ifPresent(r -> role(env, r, s.path().then("taskRoleArn"), "task role",
        IamRole.ECS_TASKS, TASK_ROLE_TRUST, f));
    s.td().executionRoleArn().ifPresent(r -> role(env, r, s.path().then("executionRoleArn"), "task execution role",
        IamRole.ECS_TASKS, TASK_ROLE_TRUST, f));
  }

  /** Checks the roles of instance groups and scheduled tasks. */
  static void checkEnvironment(Environment env, Findings f) {
    for (Cluster c : env.clusters()) {
      for (InstanceGroup g : c.instanceGroups()) {
        g.iamInstanceProfile().ifPresent(r -> role(env, r,
            ProblemPath.of("cluster " + c.clusterName(), "instance group " + g.name(), "iamInstanceProfile"),
            "instance profile role", IamRole.EC2, INSTANCE_ROLE_TRUST, f));
      }
    }
    for (ScheduledTask t : env.scheduledTasks()) {
      t.roleArn().ifPresent(r -> role(env, r, ProblemPath.of("scheduled task " + t.ruleName(), "roleArn"),
          "EventBridge role", IamRole.EVENTS, EVENTS_ROLE_TRUST, f));
    }
  }

  /** Checks that a referenced role exists and trusts {@code principal}; roles of other accounts pass. */
  static void role(Environment env, String ref, ProblemPath path, String what, String principal,
      Rule trustRule, Findings f) {
    if (otherAccount(env, ref)) {
      return;
    }
    Optional<IamRole> role = env.role(ref);
    if (role.isEmpty()) {
      f.add(ROLE_UNKNOWN, path,
          what + " " + Arns.name(ref) + " is not a role of the environment (roles: "
              + LoadBalancerRules.names(env.roles().stream().map(IamRole::roleName).toList()) + ")",
          "add role " + Arns.name(ref) + " (trusted by " + principal + ") to the environment or fix the reference");
      return;
    }
    if (!role.get().trustedServices().contains(principal)) {
      f.add(trustRule, path,
          what + " " + role.get().roleName() + " is trusted by "
              + (role.get().trustedServices().isEmpty() ? "no service" : String.join(", ", role.get().trustedServices()))
              + " but must be trusted by " + principal,
          "add " + principal + " to the trusted services of role " + role.get().roleName());
    }
  }

  /** Whether an ARN names another account than the environment's (then nothing can be checked). */
  static boolean otherAccount(Environment env, String ref) {
    if (!Arns.isArn(ref)) {
      return false;
    }
    String[] parts = ref.split(":", 6);
    return parts.length >= 5 && !parts[4].isEmpty() && !parts[4].equals(env.accountId());
  }
}

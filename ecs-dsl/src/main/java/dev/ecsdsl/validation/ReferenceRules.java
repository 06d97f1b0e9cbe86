package dev.ecsdsl.validation;

import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TargetGroup;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules about names and references between the parts of an environment: every reference resolves, and
 * names that identify a part are unique where AWS makes them unique.
 */
final class ReferenceRules {
  private ReferenceRules() {}

  private static final String CREATE_SERVICE =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html";

  /** Doc: cluster is the short name or ARN of an existing cluster ("default" when unset). */
  static final Rule CLUSTER_UNKNOWN = Rule.error("cluster-unknown",
      "A service's or scheduled task's cluster must be a cluster of the environment", CREATE_SERVICE);

  /** Doc: taskDefinition is family, family:revision or an ARN of a registered task definition. */
  static final Rule TASK_DEFINITION_UNKNOWN = Rule.error("task-definition-unknown",
      "A task definition reference (family or family:revision) must resolve", CREATE_SERVICE);

  /** Doc: targetGroupArn names an existing target group. */
  static final Rule TARGET_GROUP_UNKNOWN = Rule.error("target-group-unknown",
      "A target group reference (name or ARN) must resolve",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html");

  /** Doc: loadBalancerName names an existing Classic Load Balancer. */
  static final Rule LOAD_BALANCER_UNKNOWN = Rule.error("load-balancer-unknown",
      "A loadBalancerName must name a load balancer of the environment",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html");

  /**
   * Doc: productionListenerRule and testListenerRule are the ARNs of an existing listener rule (ALB) or listener
   * (NLB).
   */
  static final Rule LISTENER_RULE_UNKNOWN = Rule.error("listener-rule-unknown",
      "A productionListenerRule or testListenerRule must name a listener rule or listener of the environment",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AdvancedConfiguration.html");

  /** Doc: cluster names are unique in an account and Region. */
  static final Rule CLUSTER_NAME_UNIQUE = Rule.error("cluster-name-unique",
      "Cluster names are unique", "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCluster.html");

  /** Doc: service names must be unique within a cluster. */
  static final Rule SERVICE_NAME_UNIQUE = Rule.error("service-name-unique",
      "Service names are unique within a cluster", CREATE_SERVICE);

  /** Doc: a target group name must be unique per Region per account. */
  static final Rule TARGET_GROUP_NAME_UNIQUE = Rule.error("target-group-name-unique",
      "Target group names are unique",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html");

  /** Doc: role names are unique within an account. */
  static final Rule ROLE_NAME_UNIQUE = Rule.error("role-name-unique",
      "IAM role names are unique", "https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html");

  /** Doc (CreateService, serviceName): "Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens". */
  static final Rule SERVICE_NAME_FORMAT = Rule.error("service-name-format",
      "A service name is 1–255 letters, digits, hyphens and underscores", CREATE_SERVICE);

  /**
   * Doc (CreateService, cluster): "The short name or full Amazon Resource Name (ARN) of the cluster"; cluster
   * names are "Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens" (CreateCluster).
   */
  static final Rule CLUSTER_REFERENCE_FORMAT = Rule.error("cluster-reference-format",
      "A service's cluster is a cluster name (1–255 letters, digits, hyphens and underscores) or a cluster ARN",
      CREATE_SERVICE);

  /**
   * Doc (CreateService, taskDefinition): "The family and revision (family:revision) or full ARN of the task
   * definition"; without a revision, the latest ACTIVE one. A family is 1–255 letters, digits, hyphens and
   * underscores.
   */
  static final Rule TASK_DEFINITION_REFERENCE_FORMAT = Rule.error("task-definition-reference-format",
      "A service's taskDefinition is family, family:revision or a task definition ARN", CREATE_SERVICE);

  static final List<Rule> RULES = List.of(CLUSTER_UNKNOWN, TASK_DEFINITION_UNKNOWN, TARGET_GROUP_UNKNOWN,
      LOAD_BALANCER_UNKNOWN, LISTENER_RULE_UNKNOWN, CLUSTER_NAME_UNIQUE, SERVICE_NAME_UNIQUE, TARGET_GROUP_NAME_UNIQUE, ROLE_NAME_UNIQUE,
      SERVICE_NAME_FORMAT, CLUSTER_REFERENCE_FORMAT, TASK_DEFINITION_REFERENCE_FORMAT);

  private static final Pattern CLUSTER_ARN = Pattern.compile(
      "arn:aws[a-z-]*:ecs:[a-z0-9-]+:\\d{12}:cluster/" + TaskDefinitionRules.NAME.pattern());
  private static final Pattern TASK_DEFINITION = Pattern.compile(
      "(?:arn:aws[a-z-]*:ecs:[a-z0-9-]+:\\d{12}:task-definition/)?" + TaskDefinitionRules.NAME.pattern()
          + "(?::[1-9]\\d{0,9})?");

  /** Checks the names a service gives itself and uses for its cluster and task definition. */
  static void checkService(Service service, ProblemPath path, Findings f) {
    String name = service.serviceName();
    if (!TaskDefinitionRules.NAME.matcher(name).matches()) {
      f.add(SERVICE_NAME_FORMAT, path.then("serviceName"),
          "service name '" + name + "' must be 1 to 255 letters, digits, hyphens and underscores (it has "
              + name.length() + " characters" + TaskDefinitionRules.badChars(name) + ")",
          "rename the service to something like '" + TaskDefinitionRules.sanitize(name) + "'");
    }
    service.cluster().filter(c -> !TaskDefinitionRules.NAME.matcher(c).matches() && !CLUSTER_ARN.matcher(c).matches())
        .ifPresent(c -> f.add(CLUSTER_REFERENCE_FORMAT, path.then("cluster"),
            "cluster '" + c + "' is neither a cluster name (1 to 255 letters, digits, hyphens and underscores) nor a"
                + " cluster ARN (arn:aws:ecs:REGION:ACCOUNT:cluster/NAME)",
            "give the cluster's name or ARN"));
    String td = service.taskDefinition();
    if (!TASK_DEFINITION.matcher(td).matches()) {
      f.add(TASK_DEFINITION_REFERENCE_FORMAT, path.then("taskDefinition"),
          "taskDefinition '" + td + "' is neither family, family:revision nor a task definition ARN"
              + " (arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION)",
          "give the task definition's family (its latest ACTIVE revision), family:revision, or its ARN");
    }
  }

  /** Checks that identifying names are unique. */
  static void checkNames(Environment env, Findings f) {
    Set<String> clusters = new HashSet<>();
    for (Cluster c : env.clusters()) {
      if (!clusters.add(c.clusterName())) {
        f.add(CLUSTER_NAME_UNIQUE, ProblemPath.of("cluster " + c.clusterName()),
            "cluster name " + c.clusterName() + " is used by more than one cluster", "give each cluster its own name");
      }
    }
    Set<String> services = new HashSet<>();
    for (Service s : env.services()) {
      String cluster = Arns.name(s.clusterOrDefault());
      if (!services.add(cluster + "/" + s.serviceName())) {
        f.add(SERVICE_NAME_UNIQUE, ProblemPath.of("service " + s.serviceName()),
            "service name " + s.serviceName() + " is used by more than one service of cluster " + cluster,
            "give each service of cluster " + cluster + " its own name");
      }
    }
    Set<String> groups = new HashSet<>();
    for (TargetGroup t : env.targetGroups()) {
      if (!groups.add(t.name())) {
        f.add(TARGET_GROUP_NAME_UNIQUE, ProblemPath.of("target group " + t.name()),
            "target group name " + t.name() + " is used by more than one target group",
            "give each target group its own name");
      }
    }
    Set<String> roles = new HashSet<>();
    for (IamRole r : env.roles()) {
      if (!roles.add(r.roleName())) {
        f.add(ROLE_NAME_UNIQUE, ProblemPath.of("role " + r.roleName()),
            "role name " + r.roleName() + " is used by more than one role", "give each role its own name");
      }
    }
  }
}

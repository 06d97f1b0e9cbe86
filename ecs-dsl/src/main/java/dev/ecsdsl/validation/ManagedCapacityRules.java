package dev.ecsdsl.validation;

import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Daemon;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.ExpressGatewayService;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.InstanceRequirementsRequest;
import dev.ecsdsl.model.ManagedInstancesProvider;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules about the capacity ECS manages itself: Amazon ECS Managed Instances capacity providers (their provider
 * configuration and instance requirements), ECS Managed Daemons (on Managed Instances providers, with a daemon
 * task definition of the environment) and Express Mode services (their scaling range).
 */
final class ManagedCapacityRules {
  private ManagedCapacityRules() {}

  private static final String PROVIDER =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedInstancesProvider.html";
  private static final String CREATE_DAEMON =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateDaemon.html";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");

  /**
   * Doc (ManagedInstancesProvider; Managed Instances capacity providers): a MANAGED_INSTANCES capacity provider is
   * configured by a managedInstancesProvider with the infrastructure role ECS assumes and the launch template of
   * its instances; other capacity providers take none.
   */
  static final Rule PROVIDER_CONFIGURATION = Rule.error("managed-instances-provider-configuration",
      "A Managed Instances capacity provider has a managedInstancesProvider with infrastructureRoleArn and "
          + "instanceLaunchTemplate (with subnets); no other provider has one", PROVIDER);

  /**
   * Doc (InstanceRequirementsRequest, as EC2's attribute-based selection): the ranges' minimum is at most their
   * maximum, and allowedInstanceTypes excludes excludedInstanceTypes ("If you specify AllowedInstanceTypes, you
   * can't specify ExcludedInstanceTypes").
   */
  static final Rule INSTANCE_REQUIREMENTS = Rule.error("managed-instances-instance-requirements",
      "Instance requirements: each min at most its max; allowedInstanceTypes and excludedInstanceTypes not together",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InstanceRequirementsRequest.html");

  /** Doc (CreateDaemon): "ECS Managed Daemons is only supported for Amazon ECS Managed Instances Capacity Providers." */
  static final Rule DAEMON_CAPACITY = Rule.error("daemon-managed-instances-capacity-providers",
      "A daemon runs on one or more Managed Instances capacity providers of its cluster", CREATE_DAEMON);

  /** Doc (CreateDaemon): the daemon task definition is a registered daemon task definition (RegisterDaemonTaskDefinition). */
  static final Rule DAEMON_TASK_DEFINITION = Rule.error("daemon-task-definition-unknown",
      "A daemon's daemonTaskDefinitionArn names a daemon task definition of the environment", CREATE_DAEMON);

  /**
   * Doc (CreateDaemon.daemonName, RegisterDaemonTaskDefinition.family): "Up to 255 letters (uppercase and
   * lowercase), numbers, underscores, and hyphens are allowed."
   */
  static final Rule DAEMON_NAME = Rule.error("daemon-name-format",
      "Daemon names and daemon task definition families: up to 255 letters, digits, _ and -", CREATE_DAEMON);

  /** Doc (ExpressGatewayScalingTarget): the minimum number of tasks is at most the maximum. */
  static final Rule EXPRESS_SCALING = Rule.error("express-scaling-range",
      "An Express service's minTaskCount is at most its maxTaskCount, both at least 0",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ExpressGatewayScalingTarget.html");

  static final List<Rule> RULES = List.of(PROVIDER_CONFIGURATION, INSTANCE_REQUIREMENTS, DAEMON_CAPACITY,
      DAEMON_TASK_DEFINITION, DAEMON_NAME, EXPRESS_SCALING);

  /** Checks the environment's Managed Instances providers, daemons and Express services. */
  static void check(Environment env, Findings f) {
    for (Cluster cluster : env.clusters()) {
      for (CapacityProvider provider : cluster.capacityProviders()) {
        checkProvider(env, provider, ProblemPath.of("cluster " + cluster.clusterName())
            .then("capacity provider " + provider.name()), f);
      }
    }
    env.daemonTaskDefinitions().stream().filter(d -> !NAME.matcher(d.family()).matches()).forEach(d -> f.add(
        DAEMON_NAME, ProblemPath.of("daemon task definition " + d.family()).then("family"),
        "daemon task definition family '" + d.family() + "' is not up to 255 letters, digits, _ and -",
        "rename it with letters, digits, _ and - only"));
    env.daemons().forEach(d -> checkDaemon(env, d, f));
    env.expressGatewayServices().forEach(s -> checkExpress(s, f));
  }

  private static void checkProvider(Environment env, CapacityProvider provider, ProblemPath path, Findings f) {
    Optional<ManagedInstancesProvider> config = provider.managedInstancesProvider();
    if (provider.type() != CapacityProviderType.MANAGED_INSTANCES) {
      if (config.isPresent()) {
        f.add(PROVIDER_CONFIGURATION, path.then("managedInstancesProvider"), "capacity provider " + provider.name()
            + " of type " + provider.type() + " has a managedInstancesProvider", "remove it, or make the provider a "
            + "MANAGED_INSTANCES one");
      }
      return;
    }
    boolean complete = config.isPresent() && config.get().infrastructureRoleArn().isPresent()
        && config.get().instanceLaunchTemplate().map(t -> !t.networkConfiguration().subnets().isEmpty()).orElse(false);
    if (!complete) {
      f.add(PROVIDER_CONFIGURATION, path.then("managedInstancesProvider"), "Managed Instances capacity provider "
              + provider.name() + " lacks " + (config.isEmpty() ? "its managedInstancesProvider"
                  : config.get().infrastructureRoleArn().isEmpty() ? "the infrastructureRoleArn"
                  : "an instanceLaunchTemplate with subnets"),
          "give the infrastructure role ECS assumes and the launch template (instance profile, subnets)");
    }
    // Managed Instances guide: ECS assumes the infrastructure role (trusting ecs.amazonaws.com); the instances run
    // with the launch template's instance profile (its role trusting ec2.amazonaws.com)
    config.flatMap(c -> c.infrastructureRoleArn()).ifPresent(r -> IamRules.role(env, r,
        path.then("managedInstancesProvider").then("infrastructureRoleArn"), "Managed Instances infrastructure role",
        IamRole.ECS, IamRules.ECS_ROLE_TRUST, f));
    config.flatMap(c -> c.instanceLaunchTemplate()).ifPresent(t -> IamRules.role(env, t.ec2InstanceProfileArn(),
        path.then("managedInstancesProvider").then("instanceLaunchTemplate").then("ec2InstanceProfileArn"),
        "instance profile role", IamRole.EC2, IamRules.INSTANCE_ROLE_TRUST, f));
    config.flatMap(c -> c.instanceLaunchTemplate()).flatMap(t -> t.instanceRequirements()).ifPresent(r ->
        checkRequirements(r, path.then("managedInstancesProvider").then("instanceLaunchTemplate")
            .then("instanceRequirements"), f));
  }

  private static void checkRequirements(InstanceRequirementsRequest r, ProblemPath path, Findings f) {
    if (r.vCpuCount().max().filter(max -> max < r.vCpuCount().min()).isPresent() || r.vCpuCount().min() < 0) {
      f.add(INSTANCE_REQUIREMENTS, path.then("vCpuCount"), "vCpuCount min " + r.vCpuCount().min() + " is negative or"
          + " above max " + r.vCpuCount().max().map(String::valueOf).orElse("(none)"), "give 0 ≤ min ≤ max");
    }
    if (r.memoryMiB().max().filter(max -> max < r.memoryMiB().min()).isPresent() || r.memoryMiB().min() < 0) {
      f.add(INSTANCE_REQUIREMENTS, path.then("memoryMiB"), "memoryMiB min " + r.memoryMiB().min() + " is negative or"
          + " above max " + r.memoryMiB().max().map(String::valueOf).orElse("(none)"), "give 0 ≤ min ≤ max");
    }
    if (!r.allowedInstanceTypes().isEmpty() && !r.excludedInstanceTypes().isEmpty()) {
      f.add(INSTANCE_REQUIREMENTS, path.then("allowedInstanceTypes"),
          "both allowedInstanceTypes and excludedInstanceTypes are given", "keep one of the two lists");
    }
  }

  private static void checkDaemon(Environment env, Daemon daemon, Findings f) {
    ProblemPath path = ProblemPath.of("daemon " + daemon.daemonName());
    if (!NAME.matcher(daemon.daemonName()).matches()) {
      f.add(DAEMON_NAME, path.then("daemonName"), "daemon name '" + daemon.daemonName()
          + "' is not up to 255 letters, digits, _ and -", "rename it with letters, digits, _ and - only");
    }
    String reference = dev.ecsdsl.model.Arns.name(daemon.daemonTaskDefinitionArn());
    String family = reference.contains(":") ? reference.substring(0, reference.lastIndexOf(':')) : reference;
    if (env.daemonTaskDefinitions().stream().noneMatch(d -> d.family().equals(family))) {
      f.add(DAEMON_TASK_DEFINITION, path.then("daemonTaskDefinitionArn"), "daemon task definition "
          + daemon.daemonTaskDefinitionArn() + " is not in the environment", "register daemon task definition "
          + family + " in the environment, or fix the reference");
    }
    Optional<Cluster> cluster = env.cluster(daemon.clusterOrDefault());
    if (daemon.capacityProviderArns().isEmpty()) {
      f.add(DAEMON_CAPACITY, path.then("capacityProviderArns"), "the daemon names no capacity provider",
          "name the cluster's Managed Instances capacity providers");
    }
    for (int i = 0; i < daemon.capacityProviderArns().size(); i++) {
      String name = dev.ecsdsl.model.Arns.name(daemon.capacityProviderArns().get(i));
      Optional<CapacityProvider> provider = cluster.flatMap(c -> c.capacityProvider(name));
      if (cluster.isPresent() && provider.map(p -> p.type() != CapacityProviderType.MANAGED_INSTANCES).orElse(true)) {
        f.add(DAEMON_CAPACITY, path.then("capacityProviderArns[" + i + "]"), "capacity provider " + name
            + (provider.isEmpty() ? " is not a capacity provider of cluster " + daemon.clusterOrDefault()
                : " is a " + provider.get().type() + " provider; daemons run on Managed Instances providers only"),
            "name a Managed Instances capacity provider of the daemon's cluster");
      }
    }
  }

  private static void checkExpress(ExpressGatewayService s, Findings f) {
    s.scalingTarget().ifPresent(t -> {
      int min = t.minTaskCount().orElse(0);
      Optional<Integer> max = t.maxTaskCount();
      if (min < 0 || max.filter(m -> m < min).isPresent()) {
        f.add(EXPRESS_SCALING, ProblemPath.of("express service " + s.serviceName().orElse("(unnamed)"))
                .then("scalingTarget"), "minTaskCount " + min + " is negative or above maxTaskCount "
                + max.map(String::valueOf).orElse("(none)"), "give 0 ≤ minTaskCount ≤ maxTaskCount");
      }
    });
  }
}

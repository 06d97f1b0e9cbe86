package dev.ecsdsl.validation;

import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.ScheduledTask;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a description against ECS's rules (and those of ELB, IAM, EFS, EventBridge and Application Auto
 * Scaling where ECS relies on them) and returns every problem at once; it never stops at the first problem
 * and never throws on bad data. Entry points: a whole {@link Environment} (every part and every reference
 * between parts), a task definition on its own (what RegisterTaskDefinition checks), a service on its own or
 * with its task definition (what CreateService checks). The rules are listed in {@link RuleCatalogue}.
 *
 * <p>Paths read from the outside in: {@code service web → task definition web:2 → container app →
 * portMappings[0]} in an environment (a task definition's problems appear under the first service, else the
 * first scheduled task, that runs it), {@code task definition web → container app → healthCheck} standalone.
 */
public final class Validator {
  private static final Logger LOG = LoggerFactory.getLogger(Validator.class);

  private Validator() {}

  /**
   * Validates a whole environment: every part, every reference between parts.
   *
   * @param environment the environment
   * @return every problem found
   */
  public static ValidationResult validate(Environment environment) {
    Findings f = new Findings();
    Environment env = environment;
    Optional<Environment> envOpt = Optional.of(env);
    guard("names", () -> ReferenceRules.checkNames(env, f));
    guard("vpc", () -> NetworkRules.checkVpc(env, f));
    guard("load balancers", () -> LoadBalancerRules.checkEnvironment(env, f));
    guard("alarms", () -> DeploymentAlarmRules.checkEnvironment(env, f));
    guard("clusters", () -> ClusterRules.check(env, f));
    guard("roles", () -> IamRules.checkEnvironment(env, f));
    guard("instance roles", () -> InstanceRoleRules.check(env, f));
    guard("service connect namespaces", () -> ServiceConnectNamespaceRules.check(env, f));
    guard("managed capacity", () -> ManagedCapacityRules.check(env, f));

    Map<TaskDefinition, String> labels = new IdentityHashMap<>();
    Map<String, Integer> revisions = new HashMap<>();
    for (TaskDefinition td : env.taskDefinitions()) {
      int revision = revisions.merge(td.family(), 1, Integer::sum);
      labels.put(td, td.family() + ":" + revision);
    }
    Map<TaskDefinition, ProblemPath> owners = new IdentityHashMap<>();
    Map<TaskDefinition, Set<LaunchType>> launches = new IdentityHashMap<>();
    for (Service svc : env.services()) {
      guard("service " + svc.serviceName(), () -> {
        Optional<TaskDefinition> td = env.taskDefinition(svc.taskDefinition());
        Optional<LaunchType> launch = Launch.resolve(svc.launchType(), svc.capacityProviderStrategy(),
            env.cluster(svc.clusterOrDefault()));
        td.ifPresent(t -> recordRunner(t, ProblemPath.of("service " + svc.serviceName()), launch, owners, launches));
      });
    }
    for (ScheduledTask t : env.scheduledTasks()) {
      guard("scheduled task " + t.ruleName(), () -> {
        Optional<TaskDefinition> td = env.taskDefinition(t.taskDefinition());
        Optional<LaunchType> launch = Launch.resolve(t.launchType(), t.capacityProviderStrategy(),
            env.cluster(t.cluster()));
        td.ifPresent(d -> recordRunner(d, ProblemPath.of("scheduled task " + t.ruleName()), launch, owners, launches));
      });
    }

    for (TaskDefinition td : env.taskDefinitions()) {
      ProblemPath path = owners.getOrDefault(td, ProblemPath.root()).then("task definition " + labels.get(td));
      Set<LaunchType> launchedOn = launches.getOrDefault(td, EnumSet.noneOf(LaunchType.class));
      checkTaskDefinition(TaskScope.of(td, path, launchedOn, envOpt), f);
    }

    for (Service svc : env.services()) {
      guard("service " + svc.serviceName(), () -> {
        ProblemPath path = ProblemPath.of("service " + svc.serviceName());
        Optional<Cluster> cluster = requireCluster(env, "service " + svc.serviceName(),
            svc.clusterOrDefault() + (svc.cluster().isEmpty() ? " (the default)" : ""), svc.clusterOrDefault(),
            "set the service's cluster", path, f);
        Optional<TaskDefinition> td = requireTaskDefinition(env, svc.taskDefinition(), path, f);
        ProblemPath tdPath = path.then("task definition " + td.map(labels::get).orElse(Arns.name(svc.taskDefinition())));
        Optional<LaunchType> launch = Launch.resolve(svc.launchType(), svc.capacityProviderStrategy(), cluster);
        checkService(new ServiceScope(svc, path, td, tdPath, cluster, envOpt, launch), f);
      });
    }

    for (ScheduledTask t : env.scheduledTasks()) {
      guard("scheduled task " + t.ruleName(), () -> checkScheduledTask(env, t, f));
    }
    return f.result();
  }

  /**
   * Validates a task definition as RegisterTaskDefinition would.
   *
   * @param taskDefinition the task definition
   * @return every problem found
   */
  public static ValidationResult validate(TaskDefinition taskDefinition) {
    Findings f = new Findings();
    ProblemPath path = ProblemPath.of("task definition " + taskDefinition.family());
    checkTaskDefinition(TaskScope.of(taskDefinition, path, Set.of(), Optional.empty()), f);
    return f.result();
  }

  /**
   * Validates a service on its own, as CreateService would without knowing the rest of the account.
   *
   * @param service the service
   * @return every problem found
   */
  public static ValidationResult validate(Service service) {
    Findings f = new Findings();
    guard("service " + service.serviceName(), () -> {
      ProblemPath path = ProblemPath.of("service " + service.serviceName());
      Optional<LaunchType> launch = Launch.resolve(service.launchType(), service.capacityProviderStrategy(),
          Optional.empty());
      checkService(new ServiceScope(service, path, Optional.empty(),
          path.then("task definition " + Arns.name(service.taskDefinition())), Optional.empty(), Optional.empty(),
          launch), f);
    });
    return f.result();
  }

  /**
   * Validates a service together with the task definition it runs.
   *
   * @param service the service
   * @param taskDefinition the task definition it runs
   * @return every problem found
   */
  public static ValidationResult validate(Service service, TaskDefinition taskDefinition) {
    Findings f = new Findings();
    guard("service " + service.serviceName(), () -> {
      ProblemPath path = ProblemPath.of("service " + service.serviceName());
      String reference = Arns.name(service.taskDefinition());
      String label = reference.equals(taskDefinition.family()) || reference.startsWith(taskDefinition.family() + ":")
          ? reference : taskDefinition.family();
      ProblemPath tdPath = path.then("task definition " + label);
      Optional<LaunchType> launch = Launch.resolve(service.launchType(), service.capacityProviderStrategy(),
          Optional.empty());
      Set<LaunchType> launchedOn = launch.map(l -> (Set<LaunchType>) EnumSet.of(l)).orElse(Set.of());
      checkTaskDefinition(TaskScope.of(taskDefinition, tdPath, launchedOn, Optional.empty()), f);
      checkService(new ServiceScope(service, path, Optional.of(taskDefinition), tdPath, Optional.empty(),
          Optional.empty(), launch), f);
    });
    return f.result();
  }

  private static void checkTaskDefinition(TaskScope s, Findings f) {
    String step = "task definition " + s.td().family();
    guard(step, () -> TaskDefinitionRules.check(s, f));
    guard(step, () -> ContainerRules.check(s, f));
    guard(step, () -> HealthCheckRules.check(s, f));
    guard(step, () -> VolumeRules.check(s, f));
    guard(step, () -> EbsVolumeRules.check(s, f));
    guard(step, () -> PlacementRules.checkTaskDefinition(s, f));
    guard(step, () -> SecretRules.check(s, f));
    guard(step, () -> ImageRules.check(s, f));
    guard(step, () -> IamRules.checkTaskDefinition(s, f));
  }

  private static void checkService(ServiceScope s, Findings f) {
    Service svc = s.service();
    String step = "service " + svc.serviceName();
    guard(step, () -> ReferenceRules.checkService(svc, s.path(), f));
    guard(step, () -> ServiceRules.check(s, f));
    guard(step, () -> PlacementRules.checkService(svc, s.path(), s.launch(),
        s.td().map(t -> t.placementConstraints().size()).orElse(0), f));
    guard(step, () -> CapacityProviderRules.check(svc.capacityProviderStrategy(), s.path(), "capacityProviderStrategy",
        s.cluster(), f));
    guard(step, () -> DeploymentRules.check(s, f));
    guard(step, () -> DeploymentStrategyRules.check(s, f));
    guard(step, () -> LifecycleHookRules.check(s, f));
    guard(step, () -> AdvancedConfigurationRules.check(s, f));
    guard(step, () -> DeploymentAlarmRules.check(s, f));
    guard(step, () -> LoadBalancerRules.checkService(s, f));
    guard(step, () -> NetworkRules.checkNetworkConfiguration(svc.networkConfiguration(), awsvpc(s.networkMode(),
        s.launch()), s.path(), "service " + svc.serviceName(), s.env(), f));
    guard(step, () -> AutoScalingRules.check(s, f));
    guard(step, () -> ServiceConnectRules.check(s, f));
    guard(step, () -> EbsVolumeRules.checkService(s, f));
  }

  private static void checkScheduledTask(Environment env, ScheduledTask t, Findings f) {
    ProblemPath path = ProblemPath.of("scheduled task " + t.ruleName());
    ScheduledTaskRules.check(t, path, f);
    Optional<Cluster> cluster = requireCluster(env, "scheduled task " + t.ruleName(), t.cluster(), t.cluster(),
        "fix the reference", path, f);
    Optional<TaskDefinition> td = requireTaskDefinition(env, t.taskDefinition(), path, f);
    if (t.launchType().isPresent() && !t.capacityProviderStrategy().isEmpty()) {
      f.add(ServiceRules.LAUNCH_TYPE_AND_STRATEGY, path.then("launchType"),
          "the scheduled task sets both launchType " + t.launchType().get().ecsName() + " and a capacityProviderStrategy",
          "remove launchType or remove capacityProviderStrategy");
    }
    CapacityProviderRules.check(t.capacityProviderStrategy(), path, "capacityProviderStrategy", cluster, f);
    Optional<LaunchType> launch = Launch.resolve(t.launchType(), t.capacityProviderStrategy(), cluster);
    NetworkRules.checkNetworkConfiguration(t.networkConfiguration(),
        awsvpc(td.map(TaskDefinition::networkModeOrDefault), launch), path, "scheduled task " + t.ruleName(),
        Optional.of(env), f);
  }

  /** Notes that a service or scheduled task runs the task definition: the first runner owns its problems. */
  private static void recordRunner(TaskDefinition td, ProblemPath runner, Optional<LaunchType> launch,
      Map<TaskDefinition, ProblemPath> owners, Map<TaskDefinition, Set<LaunchType>> launches) {
    owners.putIfAbsent(td, runner);
    launch.ifPresent(l -> launches.computeIfAbsent(td, k -> EnumSet.noneOf(LaunchType.class)).add(l));
  }

  /** The cluster a runner refers to, or a cluster-unknown problem. {@code shown} is the reference as the message tells it. */
  private static Optional<Cluster> requireCluster(Environment env, String runner, String shown, String reference,
      String otherFix, ProblemPath path, Findings f) {
    Optional<Cluster> cluster = env.cluster(reference);
    if (cluster.isEmpty()) {
      f.add(ReferenceRules.CLUSTER_UNKNOWN, path.then("cluster"),
          runner + " runs in cluster " + shown + ", which is not a cluster of the environment (clusters: "
              + LoadBalancerRules.names(env.clusters().stream().map(Cluster::clusterName).toList()) + ")",
          "add cluster " + Arns.name(reference) + " to the environment or " + otherFix);
    }
    return cluster;
  }

  /** The task definition a runner refers to, or a task-definition-unknown problem. */
  private static Optional<TaskDefinition> requireTaskDefinition(Environment env, String reference, ProblemPath path,
      Findings f) {
    Optional<TaskDefinition> td = env.taskDefinition(reference);
    if (td.isEmpty()) {
      f.add(ReferenceRules.TASK_DEFINITION_UNKNOWN, path.then("taskDefinition"),
          "task definition " + reference + " is not in the environment" + taskDefinitionHint(env, reference),
          "add task definition " + Arns.name(reference) + " to the environment or fix the reference");
    }
    return td;
  }

  private static Optional<Boolean> awsvpc(Optional<NetworkMode> mode, Optional<LaunchType> launch) {
    if (mode.isPresent()) {
      return Optional.of(mode.get() == NetworkMode.AWSVPC);
    }
    return launch.orElse(null) == LaunchType.FARGATE ? Optional.of(true) : Optional.empty();
  }

  private static String taskDefinitionHint(Environment env, String reference) {
    String name = Arns.name(reference);
    int colon = name.lastIndexOf(':');
    String family = colon < 0 ? name : name.substring(0, colon);
    int count = env.revisions(family).size();
    if (count == 0) {
      return " (families: " + LoadBalancerRules.names(env.taskDefinitions().stream().map(TaskDefinition::family)
          .distinct().toList()) + ")";
    }
    return " (family " + family + " has revision" + (count == 1 ? " 1" : "s 1 to " + count) + ")";
  }

  /** Runs one validation step; a step that trips over unexpected data must not hide the other steps' problems. */
  private static void guard(String step, Runnable check) {
    try {
      check.run();
    } catch (RuntimeException e) {
      LOG.warn("validation of {} stopped early on unexpected data; other checks continue", step, e);
    }
  }
}

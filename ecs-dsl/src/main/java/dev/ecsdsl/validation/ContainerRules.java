package dev.ecsdsl.validation;

import dev.ecsdsl.model.ContainerCondition;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.ContainerDependency;
import dev.ecsdsl.model.ContainerRestartPolicy;
import dev.ecsdsl.model.FirelensConfiguration;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PortMapping;
import java.util.List;
import java.util.Optional;

/**
 * Rules about one container definition: its name, memory limits, port mappings, startup dependencies,
 * settings Fargate does not allow, what it needs from the task execution role for logs, its restart policy
 * and its FireLens configuration.
 */
final class ContainerRules {
  private ContainerRules() {}

  private static final String CONTAINER_DEFINITION =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html";
  private static final String PORT_MAPPING =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html";
  private static final String RESTART_POLICY =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerRestartPolicy.html";
  private static final String FIRELENS =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfiguration.html";
  private static final String DEPENDENCY =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html";

  /** Doc: container name: up to 255 letters (upper and lower case), numbers, underscores and hyphens. */
  static final Rule CONTAINER_NAME_FORMAT = Rule.error("container-name-format",
      "A container name is 1–255 letters, digits, underscores and hyphens", CONTAINER_DEFINITION);

  /** Doc: if both memory and memoryReservation are given, memory must be greater than memoryReservation. */
  static final Rule MEMORY_RESERVATION_EXCEEDS_MEMORY = Rule.error("memory-reservation-exceeds-memory",
      "A container's memoryReservation must not exceed its memory", CONTAINER_DEFINITION);

  /** Doc: in awsvpc and host network mode hostPort is left blank or equals containerPort. */
  static final Rule HOST_PORT_EQUALS_CONTAINER_PORT = Rule.error("host-port-must-equal-container-port",
      "In awsvpc and host network mode a mapping's hostPort must equal its containerPort or be left out",
      PORT_MAPPING);

  /** Doc: ports are 1–65535 (containerPortRange "valid values are between 1 and 65535"); hostPort 0 means dynamic. */
  static final Rule PORT_RANGE = Rule.error("port-range",
      "containerPort must be 1–65535 and hostPort 0–65535", PORT_MAPPING);

  /** Doc: dependsOn names containers of the same task definition. */
  static final Rule DEPENDS_ON_UNKNOWN = Rule.error("depends-on-unknown-container",
      "dependsOn must name a container of the same task definition", DEPENDENCY);

  /** Doc: a container dependency is on another container of the task. */
  static final Rule DEPENDS_ON_SELF = Rule.error("depends-on-self",
      "A container cannot depend on itself", DEPENDENCY);

  /** Doc: HEALTHY requires that the dependency container has health checks configured. */
  static final Rule HEALTHY_NEEDS_HEALTH_CHECK = Rule.error("depends-on-healthy-needs-health-check",
      "A HEALTHY dependency needs a health check on the container depended on", DEPENDENCY);

  /** Doc: COMPLETE and SUCCESS can't be set on an essential container (the dependency must be non-essential). */
  static final Rule COMPLETE_ON_ESSENTIAL = Rule.error("depends-on-complete-on-essential",
      "COMPLETE and SUCCESS dependencies must be on a non-essential container", DEPENDENCY);

  /** Doc: privileged is not valid for tasks on Fargate. */
  static final Rule PRIVILEGED_NOT_ON_FARGATE = Rule.error("privileged-not-on-fargate",
      "privileged containers are not supported on Fargate",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html");

  /** Doc: for tasks on Fargate the maximum stopTimeout is 120 seconds. */
  static final Rule FARGATE_STOP_TIMEOUT = Rule.error("fargate-stop-timeout-max",
      "stopTimeout is at most 120 seconds on Fargate", CONTAINER_DEFINITION);

  /** Doc: the hostname parameter is not supported in the awsvpc network mode. */
  static final Rule HOSTNAME_NOT_IN_AWSVPC = Rule.error("hostname-not-in-awsvpc",
      "hostname cannot be set in the awsvpc network mode", CONTAINER_DEFINITION);

  /** Doc: Fargate tasks that send logs with the awslogs driver need a task execution role. */
  static final Rule AWSLOGS_NEEDS_EXECUTION_ROLE = Rule.error("awslogs-requires-execution-role",
      "The awslogs log driver on Fargate needs a task execution role",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html");

  /**
   * Doc (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerRestartPolicy.html):
   * restartAttemptPeriod: minimum 60 seconds, maximum 1800 seconds (default 300).
   */
  static final Rule RESTART_ATTEMPT_PERIOD_RANGE = Rule.error("restart-policy-attempt-period-range",
      "A container restart policy's restartAttemptPeriod is 60–1800 seconds", RESTART_POLICY);

  /**
   * Doc (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerRestartPolicy.html):
   * ignoredExitCodes: you can specify a maximum of 50 container exit codes.
   */
  static final Rule RESTART_IGNORED_EXIT_CODES_MAX = Rule.error("restart-policy-ignored-exit-codes-max",
      "A container restart policy ignores at most 50 exit codes", RESTART_POLICY);

  /**
   * Doc (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfiguration.html): type, the
   * log router to use: fluentd or fluentbit.
   */
  static final Rule FIRELENS_TYPE = Rule.error("firelens-type",
      "A firelensConfiguration's type is fluentd or fluentbit", FIRELENS);

  static final List<Rule> RULES = List.of(CONTAINER_NAME_FORMAT, MEMORY_RESERVATION_EXCEEDS_MEMORY,
      HOST_PORT_EQUALS_CONTAINER_PORT, PORT_RANGE, DEPENDS_ON_UNKNOWN, DEPENDS_ON_SELF, HEALTHY_NEEDS_HEALTH_CHECK,
      COMPLETE_ON_ESSENTIAL, PRIVILEGED_NOT_ON_FARGATE, FARGATE_STOP_TIMEOUT, HOSTNAME_NOT_IN_AWSVPC,
      AWSLOGS_NEEDS_EXECUTION_ROLE, RESTART_ATTEMPT_PERIOD_RANGE, RESTART_IGNORED_EXIT_CODES_MAX, FIRELENS_TYPE);

  private static final int MIN_RESTART_ATTEMPT_PERIOD = 60;
  private static final int MAX_RESTART_ATTEMPT_PERIOD = 1800;
  private static final int MAX_IGNORED_EXIT_CODES = 50;
  private static final List<String> FIRELENS_TYPES = List.of("fluentd", "fluentbit");

  private static final int FARGATE_MAX_STOP_TIMEOUT = 120;

  /** Checks every container of the task definition. */
  static void check(TaskScope s, Findings f) {
    for (ContainerDefinition c : s.td().containerDefinitions()) {
      checkContainer(s, c, f);
    }
  }

  private static void checkContainer(TaskScope s, ContainerDefinition c, Findings f) {
    ProblemPath path = s.container(c);
    if (!TaskDefinitionRules.NAME.matcher(c.name()).matches()) {
      f.add(CONTAINER_NAME_FORMAT, path.then("name"),
          "container name '" + c.name() + "' must be 1 to 255 letters, digits, underscores and hyphens"
              + TaskDefinitionRules.badChars(c.name()),
          "rename the container to something like '" + TaskDefinitionRules.sanitize(c.name()) + "'");
    }
    if (c.memory().isPresent() && c.memoryReservation().isPresent()
        && c.memoryReservation().get() > c.memory().get()) {
      f.add(MEMORY_RESERVATION_EXCEEDS_MEMORY, path.then("memoryReservation"),
          "memoryReservation " + c.memoryReservation().get() + " MiB is above the hard limit memory "
              + c.memory().get() + " MiB",
          "lower memoryReservation to at most " + c.memory().get() + " MiB or raise memory");
    }
    ports(s, c, path, f);
    dependencies(s, c, path, f);
    restartPolicy(c, path, f);
    firelens(c, path, f);
    if (s.fargate() && c.privileged().orElse(false)) {
      f.add(PRIVILEGED_NOT_ON_FARGATE, path.then("privileged"),
          "container " + c.name() + " is privileged, which Fargate does not allow",
          "remove privileged (or run the task on EC2)");
    }
    if (s.fargate() && c.stopTimeout().map(t -> t > FARGATE_MAX_STOP_TIMEOUT).orElse(false)) {
      f.add(FARGATE_STOP_TIMEOUT, path.then("stopTimeout"),
          "stopTimeout " + c.stopTimeout().get() + " s exceeds the Fargate maximum of " + FARGATE_MAX_STOP_TIMEOUT
              + " s",
          "set stopTimeout to " + FARGATE_MAX_STOP_TIMEOUT + " or less");
    }
    if (s.networkMode() == NetworkMode.AWSVPC && c.hostname().isPresent()) {
      f.add(HOSTNAME_NOT_IN_AWSVPC, path.then("hostname"),
          "hostname '" + c.hostname().get() + "' cannot be set in awsvpc network mode",
          "remove hostname; in awsvpc mode the task's ENI gets its own DNS name");
    }
    if (s.fargate() && !s.hasExecutionRole()
        && c.logConfiguration().map(l -> l.logDriver().equals("awslogs")).orElse(false)) {
      f.add(AWSLOGS_NEEDS_EXECUTION_ROLE, path.then("logConfiguration"),
          "container " + c.name() + " sends logs with awslogs on Fargate but the task definition has no"
              + " executionRoleArn",
          "set executionRoleArn to a role trusted by ecs-tasks.amazonaws.com with"
              + " AmazonECSTaskExecutionRolePolicy");
    }
  }

  private static void restartPolicy(ContainerDefinition c, ProblemPath path, Findings f) {
    if (c.restartPolicy().isEmpty()) {
      return;
    }
    ContainerRestartPolicy policy = c.restartPolicy().get();
    ProblemPath at = path.then("restartPolicy");
    policy.restartAttemptPeriod()
        .filter(p -> p < MIN_RESTART_ATTEMPT_PERIOD || p > MAX_RESTART_ATTEMPT_PERIOD)
        .ifPresent(p -> f.add(RESTART_ATTEMPT_PERIOD_RANGE, at.then("restartAttemptPeriod"),
            "restartAttemptPeriod " + p + " s is outside the allowed " + MIN_RESTART_ATTEMPT_PERIOD + "–"
                + MAX_RESTART_ATTEMPT_PERIOD + " s",
            "set restartAttemptPeriod between " + MIN_RESTART_ATTEMPT_PERIOD + " and " + MAX_RESTART_ATTEMPT_PERIOD
                + " seconds, or leave it out for the default of 300"));
    int codes = policy.ignoredExitCodes().size();
    if (codes > MAX_IGNORED_EXIT_CODES) {
      f.add(RESTART_IGNORED_EXIT_CODES_MAX, at.then("ignoredExitCodes"),
          "the restart policy ignores " + codes + " exit codes; ECS allows at most " + MAX_IGNORED_EXIT_CODES,
          "list at most " + MAX_IGNORED_EXIT_CODES + " exit codes in ignoredExitCodes");
    }
  }

  private static void firelens(ContainerDefinition c, ProblemPath path, Findings f) {
    c.firelensConfiguration().map(FirelensConfiguration::type).filter(t -> !FIRELENS_TYPES.contains(t))
        .ifPresent(t -> f.add(FIRELENS_TYPE, path.then("firelensConfiguration").then("type"),
            "firelensConfiguration type '" + t + "' is neither fluentd nor fluentbit",
            "set type to fluentbit or fluentd"));
  }

  private static void ports(TaskScope s, ContainerDefinition c, ProblemPath path, Findings f) {
    NetworkMode mode = s.networkMode();
    for (int i = 0; i < c.portMappings().size(); i++) {
      PortMapping pm = c.portMappings().get(i);
      ProblemPath at = path.then("portMappings", i);
      Optional<Integer> container = pm.containerPort();
      container.filter(p -> p < 1 || p > 65535).ifPresent(p -> f.add(PORT_RANGE, at,
          "containerPort " + p + " is outside 1–65535", "use a port between 1 and 65535"));
      pm.hostPort().filter(p -> p < 0 || p > 65535).ifPresent(p -> f.add(PORT_RANGE, at,
          "hostPort " + p + " is outside 0–65535", "use a port between 1 and 65535, or 0 for a dynamic port"));
      if ((mode == NetworkMode.AWSVPC || mode == NetworkMode.HOST) && container.isPresent()
          && pm.hostPort().isPresent() && !pm.hostPort().get().equals(container.get())) {
        f.add(HOST_PORT_EQUALS_CONTAINER_PORT, at,
            "hostPort " + pm.hostPort().get() + " differs from containerPort " + container.get() + "; in "
                + mode.ecsName() + " network mode the host port must equal the container port or be left out",
            "remove hostPort or set it to " + container.get());
      }
    }
  }

  private static void dependencies(TaskScope s, ContainerDefinition c, ProblemPath path, Findings f) {
    for (int i = 0; i < c.dependsOn().size(); i++) {
      ContainerDependency d = c.dependsOn().get(i);
      ProblemPath at = path.then("dependsOn", i);
      if (d.containerName().equals(c.name())) {
        f.add(DEPENDS_ON_SELF, at, "container " + c.name() + " depends on itself (" + d.condition() + ")",
            "remove this dependsOn entry");
        continue;
      }
      Optional<ContainerDefinition> target = s.container(d.containerName());
      if (target.isEmpty()) {
        f.add(DEPENDS_ON_UNKNOWN, at,
            "dependsOn names container '" + d.containerName() + "', which the task definition does not have"
                + " (containers: " + TaskDefinitionRules.names(s.td().containerDefinitions()) + ")",
            "name one of the task definition's containers or remove the entry");
        continue;
      }
      ContainerDefinition t = target.get();
      if (d.condition() == ContainerCondition.HEALTHY && t.healthCheck().isEmpty()) {
        f.add(HEALTHY_NEEDS_HEALTH_CHECK, at,
            "container " + c.name() + " waits for " + t.name() + " to be HEALTHY but " + t.name()
                + " has no healthCheck",
            "add a healthCheck to container " + t.name() + " or use condition START");
      }
      if ((d.condition() == ContainerCondition.COMPLETE || d.condition() == ContainerCondition.SUCCESS)
          && t.isEssentialOrDefault()) {
        f.add(COMPLETE_ON_ESSENTIAL, at,
            "container " + c.name() + " waits for essential container " + t.name() + " to " + d.condition()
                + "; " + d.condition() + " is only allowed on a non-essential container",
            "set essential to false on container " + t.name() + " or use condition START or HEALTHY");
      }
    }
  }
}

package dev.ecsdsl.validation;

import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rules about how a service is scheduled: DAEMON services, launch type against capacity provider strategy,
 * and whether the task definition is compatible with the launch type.
 */
final class ServiceRules {
  private ServiceRules() {}

  private static final String CREATE_SERVICE =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html";
  private static final String SERVICE_OPTIONS =
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_service-options.html";

  /** Doc: with DAEMON there is no need for (and no use of) a task placement strategy. */
  static final Rule DAEMON_NO_STRATEGY = Rule.error("daemon-no-placement-strategy",
      "DAEMON services take no placement strategy", SERVICE_OPTIONS);

  /** Doc: tasks using the Fargate launch type don't support the DAEMON scheduling strategy. */
  static final Rule DAEMON_NOT_ON_FARGATE = Rule.error("daemon-not-on-fargate",
      "DAEMON services cannot run on Fargate", CREATE_SERVICE);

  /** Doc: with DAEMON you don't specify a desired number of tasks (one per instance). */
  static final Rule DAEMON_NO_DESIRED_COUNT = Rule.error("daemon-no-desired-count",
      "DAEMON services take no desiredCount", CREATE_SERVICE);

  /** Doc: if a capacityProviderStrategy is specified, the launchType parameter must be omitted. */
  static final Rule LAUNCH_TYPE_AND_STRATEGY = Rule.error("launch-type-with-capacity-provider-strategy",
      "launchType and capacityProviderStrategy are mutually exclusive", CREATE_SERVICE);

  /**
   * Doc: the launch type must be one of the task definition's requiresCompatibilities, when it gives them. A
   * task definition without requiresCompatibilities is validated by ECS against every launch type at
   * registration (its read-only {@code compatibilities}), so whether it can run on Fargate is decided by the
   * Fargate rules, which apply to it under a Fargate service.
   */
  static final Rule LAUNCH_TYPE_COMPATIBILITY = Rule.error("launch-type-compatibility",
      "A service's launch type must be among its task definition's requiresCompatibilities",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html");

  static final List<Rule> RULES = List.of(DAEMON_NO_STRATEGY, DAEMON_NOT_ON_FARGATE, DAEMON_NO_DESIRED_COUNT,
      LAUNCH_TYPE_AND_STRATEGY, LAUNCH_TYPE_COMPATIBILITY);

  /** Checks the service's scheduling settings. */
  static void check(ServiceScope s, Findings f) {
    Service svc = s.service();
    ProblemPath path = s.path();
    if (s.daemon()) {
      if (!svc.placementStrategy().isEmpty()) {
        f.add(DAEMON_NO_STRATEGY, path.then("placementStrategy"),
            "DAEMON service " + svc.serviceName() + " has "
                + Words.count(svc.placementStrategy().size(), "placement strategy", "placement strategies")
                + "; a daemon runs one task on every instance and takes none",
            "remove placementStrategy (use placementConstraints to choose instances)");
      }
      if (s.fargate()) {
        f.add(DAEMON_NOT_ON_FARGATE, path.then("schedulingStrategy"),
            "DAEMON service " + svc.serviceName() + " runs on Fargate, which has no instances to run a daemon on",
            "use schedulingStrategy REPLICA, or run the daemon on EC2 capacity");
      }
      svc.desiredCount().ifPresent(n -> f.add(DAEMON_NO_DESIRED_COUNT, path.then("desiredCount"),
          "DAEMON service " + svc.serviceName() + " sets desiredCount " + n
              + "; a daemon runs one task per container instance",
          "remove desiredCount"));
    }
    if (svc.launchType().isPresent() && !svc.capacityProviderStrategy().isEmpty()) {
      f.add(LAUNCH_TYPE_AND_STRATEGY, path.then("launchType"),
          "the service sets both launchType " + svc.launchType().get().ecsName() + " and a capacityProviderStrategy ("
              + svc.capacityProviderStrategy().stream().map(i -> i.capacityProvider()).collect(Collectors.joining(", "))
              + ")",
          "remove launchType or remove capacityProviderStrategy");
    }
    if (s.td().isPresent() && svc.launchType().isPresent() && !s.td().get().requiresCompatibilities().isEmpty()) {
      TaskDefinition td = s.td().get();
      LaunchType lt = svc.launchType().get();
      Compatibility needed = switch (lt) {
        case EC2 -> Compatibility.EC2;
        case FARGATE -> Compatibility.FARGATE;
        case EXTERNAL -> Compatibility.EXTERNAL;
        case MANAGED_INSTANCES -> Compatibility.MANAGED_INSTANCES;
      };
      if (!td.requires(needed)) {
        f.add(LAUNCH_TYPE_COMPATIBILITY, path.then("launchType"),
            "the service launches on " + lt.ecsName() + " but task definition " + td.family() + " requires "
                + td.requiresCompatibilities().stream().map(Compatibility::ecsName).collect(Collectors.joining(", ")),
            "add " + needed.ecsName() + " to the task definition's requiresCompatibilities or change launchType");
      }
    }
  }
}

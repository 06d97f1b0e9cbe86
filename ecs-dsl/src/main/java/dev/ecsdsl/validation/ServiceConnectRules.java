package dev.ecsdsl.validation;

import dev.ecsdsl.model.ApplicationProtocol;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.OsFamily;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceConnectClientAlias;
import dev.ecsdsl.model.ServiceConnectConfiguration;
import dev.ecsdsl.model.ServiceConnectService;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.TimeoutConfiguration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules about one service's Service Connect configuration against its task definition and cluster: named ports
 * that exist, the namespace it joins, names and ports in ECS's ranges, timeouts only where the protocol allows
 * them, access logs with a log configuration, and where Service Connect runs at all. Rules across the services
 * of a namespace are {@link ServiceConnectNamespaceRules}.
 */
final class ServiceConnectRules {
  private ServiceConnectRules() {}

  static final String SERVICE_CONNECT_SERVICE =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectService.html";
  static final String CLIENT_ALIAS =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectClientAlias.html";
  private static final String CONFIGURATION =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectConfiguration.html";
  private static final String TIMEOUT =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TimeoutConfiguration.html";
  private static final String CONCEPTS =
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html";
  private static final Pattern DISCOVERY_NAME = Pattern.compile("[a-z0-9_][a-z0-9_-]{0,63}");

  /**
   * Doc (ServiceConnectService.portName): "The portName must match the name of one of the portMappings from all
   * the containers in the task definition of this Amazon ECS service."
   */
  static final Rule PORT_NAME_UNKNOWN = Rule.error("service-connect-port-name-unknown",
      "Each Service Connect portName is the name of a port mapping of the service's task definition",
      SERVICE_CONNECT_SERVICE);

  /**
   * Doc (ServiceConnectConfiguration.namespace; service-connect-concepts): a service uses the namespace it names
   * or, when it names none, the namespace of its cluster's Service Connect defaults.
   */
  static final Rule NAMESPACE_REQUIRED = Rule.error("service-connect-namespace-required",
      "An enabled Service Connect configuration names a namespace, or its cluster has serviceConnectDefaults",
      CONFIGURATION);

  /** Doc (ServiceConnectService.clientAliases): "The maximum number of client aliases that you can have in this list is 1." */
  static final Rule ONE_CLIENT_ALIAS = Rule.error("service-connect-client-alias-max",
      "A Service Connect service has at most 1 client alias", SERVICE_CONNECT_SERVICE);

  /** Doc (ServiceConnectClientAlias.port; ingressPortOverride): ports are 0–65535. */
  static final Rule PORT_RANGE = Rule.error("service-connect-port-range",
      "Client alias ports and ingressPortOverride are 0–65535", CLIENT_ALIAS);

  /**
   * Doc (ServiceConnectService.discoveryName): "The name can contain up to 64 characters. The name can include
   * lowercase letters, numbers, underscores (_), and hyphens (-). The name can't start with a hyphen."
   */
  static final Rule DISCOVERY_NAME_FORMAT = Rule.error("service-connect-discovery-name-format",
      "discoveryName: up to 64 lowercase letters, digits, _ and -, not starting with -", SERVICE_CONNECT_SERVICE);

  /** Doc (TimeoutConfiguration): both timeouts are 0–2147483647 seconds. */
  static final Rule TIMEOUT_RANGE = Rule.error("service-connect-timeout-range",
      "idleTimeoutSeconds and perRequestTimeoutSeconds are 0–2147483647", TIMEOUT);

  /**
   * Doc (TimeoutConfiguration.perRequestTimeoutSeconds): "perRequestTimeout can only be set if Service Connect
   * appProtocol isn't TCP. Only idleTimeout is allowed for TCP appProtocol."
   */
  static final Rule PER_REQUEST_TIMEOUT_TCP = Rule.error("service-connect-per-request-timeout-needs-app-protocol",
      "perRequestTimeoutSeconds needs a port mapping with an appProtocol (http, http2, grpc); TCP takes only idleTimeoutSeconds",
      TIMEOUT);

  /**
   * Doc (ServiceConnectAccessLogConfiguration): "To enable access logs, you must also specify a logConfiguration in
   * the serviceConnectConfiguration."
   */
  static final Rule ACCESS_LOG_NEEDS_LOG_CONFIGURATION = Rule.error("service-connect-access-log-needs-log-configuration",
      "accessLogConfiguration needs the configuration's logConfiguration",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectAccessLogConfiguration.html");

  /** Doc (service-connect-concepts, overview of the steps): "Service Connect doesn't support links in task definitions." */
  static final Rule NO_LINKS = Rule.error("service-connect-no-links",
      "A Service Connect service's task definition has no container links", CONCEPTS);

  /**
   * Doc (Service Connect considerations): Service Connect runs Linux tasks of services on Fargate and EC2; ECS
   * Anywhere (EXTERNAL) and Windows are not supported, and the proxy needs a network: not the none network mode.
   */
  static final Rule WHERE_IT_RUNS = Rule.error("service-connect-unsupported-platform",
      "Service Connect runs Linux tasks with a network on Fargate or EC2: not EXTERNAL, Windows or network mode none",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html");

  /**
   * Doc (Service Connect considerations; service-connect-blue-green): Service Connect services use the ECS
   * deployment controller (rolling, and ECS's own blue/green, linear and canary), not CODE_DEPLOY or EXTERNAL.
   */
  static final Rule ECS_CONTROLLER = Rule.error("service-connect-requires-ecs-controller",
      "A Service Connect service uses the ECS deployment controller",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-blue-green.html");

  /**
   * Doc (ServiceConnectClientAlias.testTrafficRules): "The configuration for test traffic routing rules used during
   * blue/green deployments with Amazon ECS Service Connect."
   */
  static final Rule TEST_TRAFFIC_WITHOUT_BLUE_GREEN = Rule.warning("service-connect-test-traffic-without-blue-green",
      "testTrafficRules take effect in BLUE_GREEN, LINEAR and CANARY deployments only", CLIENT_ALIAS);

  static final List<Rule> RULES = List.of(PORT_NAME_UNKNOWN, NAMESPACE_REQUIRED, ONE_CLIENT_ALIAS, PORT_RANGE,
      DISCOVERY_NAME_FORMAT, TIMEOUT_RANGE, PER_REQUEST_TIMEOUT_TCP, ACCESS_LOG_NEEDS_LOG_CONFIGURATION, NO_LINKS,
      WHERE_IT_RUNS, ECS_CONTROLLER, TEST_TRAFFIC_WITHOUT_BLUE_GREEN);

  /** Checks the service's Service Connect configuration, if it has one. */
  static void check(ServiceScope s, Findings f) {
    Optional<ServiceConnectConfiguration> given = s.service().serviceConnectConfiguration();
    if (given.isEmpty() || !given.get().enabled()) {
      return;
    }
    ServiceConnectConfiguration config = given.get();
    ProblemPath path = s.path().then("serviceConnectConfiguration");
    checkNamespace(s, config, path, f);
    checkPlatform(s, path, f);
    if (config.accessLogConfiguration().isPresent() && config.logConfiguration().isEmpty()) {
      f.add(ACCESS_LOG_NEEDS_LOG_CONFIGURATION, path.then("accessLogConfiguration"),
          "the Service Connect access logs have nowhere to go: the configuration has no logConfiguration",
          "add logConfiguration (e.g. awslogs) to serviceConnectConfiguration, or remove accessLogConfiguration");
    }
    for (int i = 0; i < config.services().size(); i++) {
      checkEndpoint(s, config.services().get(i), path.then("services[" + i + "]"), f);
    }
  }

  private static void checkNamespace(ServiceScope s, ServiceConnectConfiguration config, ProblemPath path,
      Findings f) {
    if (config.namespace().isPresent()) {
      return;
    }
    boolean clusterDefault = s.cluster().flatMap(c -> c.serviceConnectDefaults()).isPresent();
    if (s.cluster().isPresent() && !clusterDefault) {
      f.add(NAMESPACE_REQUIRED, path.then("namespace"),
          "Service Connect is enabled without a namespace, and cluster " + s.cluster().get().clusterName()
              + " has no Service Connect default namespace",
          "name the Cloud Map namespace in serviceConnectConfiguration.namespace, or give the cluster "
              + "serviceConnectDefaults");
    }
  }

  private static void checkPlatform(ServiceScope s, ProblemPath path, Findings f) {
    Service svc = s.service();
    String controller = svc.deploymentController().map(c -> c.type()).orElse("ECS");
    if (!controller.equals("ECS")) {
      f.add(ECS_CONTROLLER, s.path().then("deploymentController"),
          "service " + svc.serviceName() + " uses Service Connect with the " + controller
              + " deployment controller",
          "use the ECS deployment controller (its BLUE_GREEN strategy works with Service Connect)");
    }
    String where = null;
    if (s.launch().orElse(null) == LaunchType.EXTERNAL) {
      where = "the EXTERNAL launch type (ECS Anywhere)";
    } else if (s.td().map(ServiceConnectRules::windows).orElse(false)) {
      where = "a Windows task definition";
    } else if (s.networkMode().orElse(null) == NetworkMode.NONE) {
      where = "the none network mode";
    }
    if (where != null) {
      f.add(WHERE_IT_RUNS, path, "Service Connect is not supported with " + where,
          "run the service's tasks as Linux tasks with awsvpc or bridge networking on Fargate or EC2");
    }
    if (s.td().map(td -> td.containerDefinitions().stream().anyMatch(c -> !c.links().isEmpty())).orElse(false)) {
      f.add(NO_LINKS, s.tdPath(), "the task definition links containers, which Service Connect does not support",
          "remove links; containers of an awsvpc task reach each other on localhost");
    }
  }

  private static void checkEndpoint(ServiceScope s, ServiceConnectService endpoint, ProblemPath path, Findings f) {
    Optional<PortMapping> mapping = s.td().flatMap(td -> namedPort(td, endpoint.portName()));
    if (s.td().isPresent() && mapping.isEmpty()) {
      List<String> names = s.td().get().containerDefinitions().stream()
          .flatMap(c -> c.portMappings().stream()).flatMap(p -> p.name().stream()).toList();
      f.add(PORT_NAME_UNKNOWN, path.then("portName"),
          "portName " + endpoint.portName() + " is not the name of a port mapping of task definition "
              + s.td().get().family() + " (named ports: " + (names.isEmpty() ? "none" : String.join(", ", names)) + ")",
          names.isEmpty() ? "give the container's port mapping \"name\": \"" + endpoint.portName() + "\""
              : "use one of " + String.join(", ", names) + ", or name a port mapping " + endpoint.portName());
    }
    endpoint.discoveryName().filter(n -> !DISCOVERY_NAME.matcher(n).matches()).ifPresent(n ->
        f.add(DISCOVERY_NAME_FORMAT, path.then("discoveryName"),
            "discoveryName '" + n + "' is not up to 64 lowercase letters, digits, _ and -, starting with no -",
            "use a name such as " + n.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "-")
                .replaceAll("^-+", "")));
    if (endpoint.clientAliases().size() > 1) {
      f.add(ONE_CLIENT_ALIAS, path.then("clientAliases"),
          "the Service Connect service has " + endpoint.clientAliases().size() + " client aliases; ECS allows 1",
          "keep one client alias, or add another entry to services for another port mapping");
    }
    for (int i = 0; i < endpoint.clientAliases().size(); i++) {
      ServiceConnectClientAlias alias = endpoint.clientAliases().get(i);
      ProblemPath aliasPath = path.then("clientAliases[" + i + "]");
      checkPort(alias.port(), aliasPath.then("port"), "client alias port", f);
      if (alias.testTrafficRules().isPresent() && !trafficShifting(s.service())) {
        f.add(TEST_TRAFFIC_WITHOUT_BLUE_GREEN, aliasPath.then("testTrafficRules"),
            "testTrafficRules are used in blue/green deployments only, and this service deploys with "
                + strategy(s.service()).name(),
            "set deploymentConfiguration.strategy to BLUE_GREEN (or LINEAR, CANARY), or remove testTrafficRules");
      }
    }
    endpoint.ingressPortOverride().ifPresent(p -> checkPort(p, path.then("ingressPortOverride"),
        "ingressPortOverride", f));
    endpoint.timeout().ifPresent(t -> checkTimeout(t, mapping, path.then("timeout"), f));
  }

  private static void checkPort(int port, ProblemPath path, String what, Findings f) {
    if (port < 0 || port > 65535) {
      f.add(PORT_RANGE, path, what + " " + port + " is outside 0–65535", "give a port from 0 to 65535");
    }
  }

  private static void checkTimeout(TimeoutConfiguration timeout, Optional<PortMapping> mapping, ProblemPath path,
      Findings f) {
    timeout.idleTimeoutSeconds().filter(v -> v < 0).ifPresent(v -> f.add(TIMEOUT_RANGE,
        path.then("idleTimeoutSeconds"), "idleTimeoutSeconds " + v + " is negative", "give 0 (off) or more seconds"));
    timeout.perRequestTimeoutSeconds().filter(v -> v < 0).ifPresent(v -> f.add(TIMEOUT_RANGE,
        path.then("perRequestTimeoutSeconds"), "perRequestTimeoutSeconds " + v + " is negative",
        "give 0 (off) or more seconds"));
    Optional<ApplicationProtocol> protocol = mapping.flatMap(PortMapping::appProtocol);
    if (timeout.perRequestTimeoutSeconds().isPresent() && mapping.isPresent() && protocol.isEmpty()) {
      f.add(PER_REQUEST_TIMEOUT_TCP, path.then("perRequestTimeoutSeconds"),
          "perRequestTimeoutSeconds is set, but port mapping " + mapping.get().name().orElse("") + " has no appProtocol,"
              + " so Service Connect proxies it as TCP, which takes only idleTimeoutSeconds",
          "set the port mapping's appProtocol (http, http2 or grpc), or remove perRequestTimeoutSeconds");
    }
  }

  /** The port mapping of that name in any container of the task definition. */
  static Optional<PortMapping> namedPort(TaskDefinition td, String name) {
    for (ContainerDefinition c : td.containerDefinitions()) {
      for (PortMapping p : c.portMappings()) {
        if (p.name().filter(name::equals).isPresent()) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private static DeploymentStrategy strategy(Service service) {
    return service.deploymentConfiguration().map(c -> c.strategyOrDefault()).orElse(DeploymentStrategy.ROLLING);
  }

  private static boolean windows(TaskDefinition td) {
    return td.runtimePlatform().flatMap(p -> p.operatingSystemFamily()).map(f -> f != OsFamily.LINUX).orElse(false);
  }

  private static boolean trafficShifting(Service service) {
    return strategy(service) != DeploymentStrategy.ROLLING;
  }
}

package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.CloudMapNamespace;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.ClusterServiceConnectDefaults;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceConnectConfiguration;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.NamespaceNotFoundException;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceNotFoundException;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * CreateService, UpdateService, DescribeServices (at most 10 services a call), ListServices (with its
 * {@code launchType} and {@code schedulingStrategy} filters and ECS's paging: 10 by default, up to 100) and
 * DeleteService.
 */
final class ServiceOperations {
  /** ECS's quota of tasks per service. */
  static final int MAX_DESIRED_COUNT = 5_000;
  private final EcsRuntime runtime;

  ServiceOperations(EcsRuntime runtime) {
    this.runtime = runtime;
  }

  void addTo(Map<String, Function<Request, ObjectNode>> handlers) {
    handlers.put("CreateService", this::createService);
    handlers.put("UpdateService", this::updateService);
    handlers.put("DescribeServices", this::describeServices);
    handlers.put("ListServices", this::listServices);
    handlers.put("ListServicesByNamespace", this::listServicesByNamespace);
    handlers.put("DeleteService", this::deleteService);
  }

  private ObjectNode createService(Request r) {
    References.newName("Service", "serviceName", r.requiredString("serviceName"));
    String cluster = r.cluster();
    r.integer("desiredCount").ifPresent(ServiceOperations::desiredCount);
    // https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html (role): "If you specify the
    // role parameter, you must also specify a load balancer object with the loadBalancers parameter."
    if (r.has("role") && r.body().path("loadBalancers").isEmpty()) {
      throw ApiException.invalidParameter("You cannot specify an IAM role for services that do not use a load"
          + " balancer: role needs loadBalancers.");
    }
    if (r.has("launchType") && r.has("capacityProviderStrategy")) {
      throw ApiException.invalidParameter("Specifying both a launch type and capacity provider strategy is not"
          + " supported. Remove one and try again.");
    }
    r.string("launchType").ifPresent(TaskOperations::launchTypeToRun);
    ObjectNode body = r.body().deepCopy();
    body.put("cluster", cluster);
    if (r.has("taskDefinition")) {
      body.put("taskDefinition", r.references().taskDefinition(r.requiredString("taskDefinition")));
    }
    Service service = EcsJson.readService("CreateService", body.toString()).value();
    // the control plane checks the rest (launch type, capacity providers, network) before it stores anything
    ServiceDescription created = runtime.ecs().createService(q -> q.service(service)).service();
    return Shapes.object().set("service", ServiceShapes.service(created, Optional.of(service)));
  }

  private ObjectNode updateService(Request r) {
    String cluster = r.cluster();
    UpdateServiceRequest.Builder request = UpdateServiceRequest.builder().cluster(cluster)
        .service(r.references().service(cluster, r.requiredString("service")))
        .forceNewDeployment(r.bool("forceNewDeployment"));
    r.integer("desiredCount").map(ServiceOperations::desiredCount).ifPresent(request::desiredCount);
    r.string("taskDefinition").map(r.references()::taskDefinition).ifPresent(request::taskDefinition);
    r.integer("healthCheckGracePeriodSeconds").ifPresent(request::healthCheckGracePeriodSeconds);
    r.value("deploymentConfiguration", DeploymentConfiguration.class).ifPresent(request::deploymentConfiguration);
    if (r.has("placementConstraints")) {
      request.placementConstraints(r.values("placementConstraints", PlacementConstraint.class));
    }
    if (r.has("placementStrategy")) {
      request.placementStrategy(r.values("placementStrategy", PlacementStrategy.class));
    }
    ServiceDescription updated = runtime.ecs().updateService(request.build()).service();
    return Shapes.object().set("service", ServiceShapes.service(updated, model(cluster, updated.serviceName())));
  }

  private ObjectNode deleteService(Request r) {
    String cluster = r.cluster();
    String name = r.references().service(cluster, r.requiredString("service"));
    boolean force = r.bool("force");
    ServiceDescription deleted = runtime.ecs().deleteService(q -> q.cluster(cluster).service(name).force(force))
        .service();
    return Shapes.object().set("service", ServiceShapes.service(deleted, model(cluster, name)));
  }

  private ObjectNode describeServices(Request r) {
    String cluster = r.cluster();
    References refs = r.references();
    List<String> services = Describe.references(r, "services", 10,
        ApiException.invalidParameter("Services cannot be empty."));
    Lookups.cluster(runtime, cluster);
    return Describe.each(services, "services", reference -> {
      ServiceDescription service = Lookups.service(runtime, cluster, refs.service(cluster, reference));
      return Describe.tagged(r, runtime, ServiceShapes.service(service, model(cluster, service.serviceName())),
          "serviceArn");
    }, e -> e instanceof ServiceNotFoundException,
        reference -> refs.arnOr(reference, name -> refs.serviceArn(cluster, name)));
  }

  private ObjectNode listServices(Request r) {
    String cluster = r.cluster();
    Optional<LaunchType> launchType = r.string("launchType").map(TaskOperations::launchType);
    Optional<String> scheduling = r.string("schedulingStrategy");
    List<String> arns = ListAndDescribe.services(runtime.ecs(), cluster).stream()
        .filter(s -> scheduling.map(s.schedulingStrategy().name()::equals).orElse(true))
        .filter(s -> launchType.map(l -> effectiveLaunchType(cluster, s).equals(Optional.of(l))).orElse(true))
        .map(ServiceDescription::serviceArn).toList();
    return Pages.of(r, "serviceArns", arns, Pages.Size.TEN_OF_HUNDRED);
  }

  /**
   * ListServicesByNamespace: the services of every cluster whose Service Connect configuration joins the namespace
   * (its own, or the cluster's {@code serviceConnectDefaults} when it names none), paged like ListServices.
   * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListServicesByNamespace.html
   */
  private ObjectNode listServicesByNamespace(Request r) {
    Environment environment = runtime.environment();
    String reference = r.requiredString("namespace");
    CloudMapNamespace namespace = environment.namespace(reference).orElseThrow(() -> new NamespaceNotFoundException(
        "The specified namespace " + Messages.quote(reference) + " wasn't found."));
    List<String> arns = new ArrayList<>();
    for (ClusterDescription cluster : ListAndDescribe.clusters(runtime.ecs())) {
      Optional<String> clusterDefault = environment.cluster(cluster.clusterName())
          .flatMap(Cluster::serviceConnectDefaults).map(ClusterServiceConnectDefaults::namespace);
      for (ServiceDescription service : ListAndDescribe.services(runtime.ecs(), cluster.clusterName())) {
        Optional<String> joined = model(cluster.clusterName(), service.serviceName())
            .flatMap(Service::serviceConnectConfiguration).filter(ServiceConnectConfiguration::enabled)
            .map(c -> c.namespace().or(() -> clusterDefault).orElse(""));
        if (joined.flatMap(environment::namespace).filter(namespace::equals).isPresent()) {
          arns.add(service.serviceArn());
        }
      }
    }
    return Pages.of(r, "serviceArns", arns, Pages.Size.TEN_OF_HUNDRED);
  }

  /**
   * The launch type a service's tasks have: its own, none when it has a capacity provider strategy (its own or the
   * cluster's default), else EC2, as ECS defaults it.
   */
  private Optional<LaunchType> effectiveLaunchType(String cluster, ServiceDescription service) {
    Optional<Service> model = model(cluster, service.serviceName());
    if (model.flatMap(Service::launchType).isPresent()) {
      return model.flatMap(Service::launchType);
    }
    if (model.map(m -> !m.capacityProviderStrategy().isEmpty()).orElse(false)
        || !Lookups.cluster(runtime, cluster).defaultCapacityProviderStrategy().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(LaunchType.EC2);
  }

  /** The service as it was described when it was created (or deployed), if the runtime has it. */
  private Optional<Service> model(String cluster, String name) {
    return runtime.environment().services().stream()
        .filter(s -> s.serviceName().equals(name) && s.clusterOrDefault().equals(cluster))
        .reduce((first, second) -> second);
  }

  private static int desiredCount(int count) {
    if (count < 0 || count > MAX_DESIRED_COUNT) {
      throw ApiException.invalidParameter("desiredCount must be from 0 to " + MAX_DESIRED_COUNT
          + " (the quota of tasks per service); was " + count + ".");
    }
    return count;
  }
}

package dev.ecsdsl.control.api;

import dev.ecsdsl.cql.ClusterQuery;
import dev.ecsdsl.cql.CqlSyntaxException;
import dev.ecsdsl.control.ControlPlane;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.runtime.Attribute;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.CreateClusterRequest;
import dev.ecsdsl.runtime.CreateClusterResponse;
import dev.ecsdsl.runtime.CreateServiceRequest;
import dev.ecsdsl.runtime.CreateServiceResponse;
import dev.ecsdsl.runtime.DeleteAttributesRequest;
import dev.ecsdsl.runtime.DeleteAttributesResponse;
import dev.ecsdsl.runtime.DeleteClusterRequest;
import dev.ecsdsl.runtime.DeleteClusterResponse;
import dev.ecsdsl.runtime.DeleteServiceRequest;
import dev.ecsdsl.runtime.DeleteTaskDefinitionsRequest;
import dev.ecsdsl.runtime.DeleteTaskDefinitionsResponse;
import dev.ecsdsl.runtime.DeleteServiceResponse;
import dev.ecsdsl.runtime.DeregisterContainerInstanceRequest;
import dev.ecsdsl.runtime.DeregisterContainerInstanceResponse;
import dev.ecsdsl.runtime.DeregisterTaskDefinitionRequest;
import dev.ecsdsl.runtime.DeregisterTaskDefinitionResponse;
import dev.ecsdsl.runtime.DescribeCapacityProvidersRequest;
import dev.ecsdsl.runtime.DescribeCapacityProvidersResponse;
import dev.ecsdsl.runtime.DescribeClustersRequest;
import dev.ecsdsl.runtime.DescribeClustersResponse;
import dev.ecsdsl.runtime.DescribeContainerInstancesRequest;
import dev.ecsdsl.runtime.DescribeContainerInstancesResponse;
import dev.ecsdsl.runtime.DescribeServicesRequest;
import dev.ecsdsl.runtime.DescribeServicesResponse;
import dev.ecsdsl.runtime.DescribeTaskDefinitionRequest;
import dev.ecsdsl.runtime.DescribeTaskDefinitionResponse;
import dev.ecsdsl.runtime.DescribeTasksRequest;
import dev.ecsdsl.runtime.DescribeTasksResponse;
import dev.ecsdsl.runtime.EcsApi;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.Failure;
import dev.ecsdsl.runtime.ListAttributesRequest;
import dev.ecsdsl.runtime.ListAttributesResponse;
import dev.ecsdsl.runtime.ListClustersRequest;
import dev.ecsdsl.runtime.ListClustersResponse;
import dev.ecsdsl.runtime.ListContainerInstancesRequest;
import dev.ecsdsl.runtime.ListContainerInstancesResponse;
import dev.ecsdsl.runtime.ListServicesRequest;
import dev.ecsdsl.runtime.ListServicesResponse;
import dev.ecsdsl.runtime.ListTagsForResourceRequest;
import dev.ecsdsl.runtime.ListTagsForResourceResponse;
import dev.ecsdsl.runtime.ListTaskDefinitionsRequest;
import dev.ecsdsl.runtime.ListTaskDefinitionsResponse;
import dev.ecsdsl.runtime.ListTasksRequest;
import dev.ecsdsl.runtime.ListTasksResponse;
import dev.ecsdsl.runtime.PutAttributesRequest;
import dev.ecsdsl.runtime.PutAttributesResponse;
import dev.ecsdsl.runtime.PutClusterCapacityProvidersRequest;
import dev.ecsdsl.runtime.PutClusterCapacityProvidersResponse;
import dev.ecsdsl.runtime.RegisterContainerInstanceRequest;
import dev.ecsdsl.runtime.RegisterContainerInstanceResponse;
import dev.ecsdsl.runtime.RegisterTaskDefinitionRequest;
import dev.ecsdsl.runtime.RegisterTaskDefinitionResponse;
import dev.ecsdsl.runtime.RegisteredTaskDefinition;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.SortOrder;
import dev.ecsdsl.runtime.StartTaskRequest;
import dev.ecsdsl.runtime.StartTaskResponse;
import dev.ecsdsl.runtime.StopTaskRequest;
import dev.ecsdsl.runtime.StopTaskResponse;
import dev.ecsdsl.runtime.TagResourceRequest;
import dev.ecsdsl.runtime.TagResourceResponse;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.UntagResourceRequest;
import dev.ecsdsl.runtime.UntagResourceResponse;
import dev.ecsdsl.runtime.UpdateContainerInstancesStateRequest;
import dev.ecsdsl.runtime.UpdateContainerInstancesStateResponse;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.UpdateServiceResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The ECS API of both runtimes, on the shared control plane: each operation reads its request, calls the control
 * plane (on its thread) and shapes ECS's response. The rules are the control plane's; what is here is ECS's
 * request and response shapes: defaults, limits, {@code MISSING} failures, list filters and order.
 */
public final class ControlPlaneEcs implements EcsApi {
  /** ECS's limits on the resources one call names (API reference of each operation). */
  private static final int DESCRIBE_TASKS_MAX = 100;
  private static final int DESCRIBE_SERVICES_MAX = 10;
  private static final int DESCRIBE_CLUSTERS_MAX = 100;
  private static final int DESCRIBE_INSTANCES_MAX = 100;
  private static final int UPDATE_INSTANCES_MAX = 10;
  private static final int DELETE_TASK_DEFINITIONS_MAX = 10;

  private final ControlPlane plane;
  private final OnLoop loop;

  /**
   * The ECS API of a control plane.
   *
   * @param plane the control plane
   * @param loop where its calls run
   */
  public ControlPlaneEcs(ControlPlane plane, OnLoop loop) {
    this.plane = Objects.requireNonNull(plane, "plane");
    this.loop = Objects.requireNonNull(loop, "loop");
  }

  // ---- task definitions ----

  @Override
  public RegisterTaskDefinitionResponse registerTaskDefinition(RegisterTaskDefinitionRequest request) {
    return loop.call(() -> RegisterTaskDefinitionResponse.builder()
        .taskDefinition(plane.taskDefinitions().describeTaskDefinition(plane.taskDefinitions().registerTaskDefinition(request.taskDefinition())))
        .build());
  }

  @Override
  public DescribeTaskDefinitionResponse describeTaskDefinition(DescribeTaskDefinitionRequest request) {
    return loop.call(() -> DescribeTaskDefinitionResponse.builder()
        .taskDefinition(plane.taskDefinitions().describeTaskDefinition(request.taskDefinition())).build());
  }

  /** ECS sorts by family name, then by revision number; {@code familyPrefix} is a whole family name. */
  @Override
  public ListTaskDefinitionsResponse listTaskDefinitions(ListTaskDefinitionsRequest request) {
    return loop.call(() -> {
      Comparator<RegisteredTaskDefinition> order = Comparator
          .comparing((RegisteredTaskDefinition d) -> d.taskDefinition().family())
          .thenComparingInt(RegisteredTaskDefinition::revision);
      List<String> arns = plane.taskDefinitions().listTaskDefinitions(request.familyPrefix()).stream()
          .map(plane.taskDefinitions()::describeTaskDefinition)
          .filter(d -> d.status() == request.status())
          .sorted(request.sort() == SortOrder.DESC ? order.reversed() : order)
          .map(RegisteredTaskDefinition::taskDefinitionArn)
          .toList();
      return ListTaskDefinitionsResponse.builder().taskDefinitionArns(arns).build();
    });
  }

  @Override
  public DeregisterTaskDefinitionResponse deregisterTaskDefinition(DeregisterTaskDefinitionRequest request) {
    return loop.call(() -> DeregisterTaskDefinitionResponse.builder()
        .taskDefinition(plane.taskDefinitions().deregisterTaskDefinition(request.taskDefinition())).build());
  }

  /**
   * Each revision checked whole (1 to 10, each with its revision) before any changes; one that does not exist or
   * is still ACTIVE is a failure with ECS's reason, the others are deleted.
   */
  @Override
  public DeleteTaskDefinitionsResponse deleteTaskDefinitions(DeleteTaskDefinitionsRequest request) {
    Missing.requireCount("taskDefinitions", request.taskDefinitions(), DELETE_TASK_DEFINITIONS_MAX);
    for (String reference : request.taskDefinitions()) {
      if (Arns.name(reference).lastIndexOf(':') < 0) {
        throw EcsException.invalidParameter("The specified task definition must include a revision"
            + " (family:revision or the full ARN): " + reference);
      }
    }
    return loop.call(() -> {
      DeleteTaskDefinitionsResponse.Builder response = DeleteTaskDefinitionsResponse.builder();
      for (String reference : request.taskDefinitions()) {
        try {
          response.addTaskDefinitions(plane.taskDefinitions().deleteTaskDefinition(reference));
        } catch (EcsException e) {
          response.addFailures(Failure.builder().arn(reference).reason(e.ecsMessage()).build());
        }
      }
      return response.build();
    });
  }

  // ---- clusters ----

  /** A new cluster with capacity providers that ECS refuses is taken back, so a refused call leaves nothing. */
  @Override
  public CreateClusterResponse createCluster(CreateClusterRequest request) {
    return loop.call(() -> {
      String name = request.clusterName();
      boolean existed = plane.clusters().describeClusters().stream().anyMatch(c -> c.clusterName().equals(name));
      ClusterDescription cluster = plane.clusters().createCluster(name, request.tags());
      if (!request.capacityProviders().isEmpty() || !request.defaultCapacityProviderStrategy().isEmpty()) {
        try {
          cluster = plane.clusters().putClusterCapacityProviders(name, request.capacityProviders(),
              request.defaultCapacityProviderStrategy());
        } catch (EcsException e) {
          if (!existed) {
            plane.clusters().deleteCluster(name);
          }
          throw e;
        }
      }
      return CreateClusterResponse.builder().cluster(cluster).build();
    });
  }

  @Override
  public DeleteClusterResponse deleteCluster(DeleteClusterRequest request) {
    return loop.call(() -> DeleteClusterResponse.builder().cluster(plane.clusters().deleteCluster(request.cluster())).build());
  }

  @Override
  public DescribeClustersResponse describeClusters(DescribeClustersRequest request) {
    List<String> clusters = request.clusters().isEmpty() ? List.of("default") : request.clusters();
    Missing.requireCount("clusters", clusters, DESCRIBE_CLUSTERS_MAX);
    return loop.call(() -> {
      Missing<ClusterDescription> result = Missing.each(clusters, plane.clusters()::describeCluster, e -> true);
      return DescribeClustersResponse.builder().clusters(result.found()).failures(result.failures()).build();
    });
  }

  @Override
  public ListClustersResponse listClusters(ListClustersRequest request) {
    return loop.call(() -> ListClustersResponse.builder().clusterArns(plane.clusters().describeClusters().stream()
        .map(ClusterDescription::clusterArn).toList()).build());
  }

  @Override
  public PutClusterCapacityProvidersResponse putClusterCapacityProviders(PutClusterCapacityProvidersRequest request) {
    return loop.call(() -> PutClusterCapacityProvidersResponse.builder().cluster(plane.clusters().putClusterCapacityProviders(
        request.cluster(), request.capacityProviders(), request.defaultCapacityProviderStrategy())).build());
  }

  @Override
  public DescribeCapacityProvidersResponse describeCapacityProviders(DescribeCapacityProvidersRequest request) {
    return loop.call(() -> {
      List<CapacityProvider> providers = plane.clusters().describeCapacityProviders();
      if (request.capacityProviders().isEmpty()) {
        return DescribeCapacityProvidersResponse.builder().capacityProviders(providers).build();
      }
      DescribeCapacityProvidersResponse.Builder response = DescribeCapacityProvidersResponse.builder();
      for (String reference : request.capacityProviders()) {
        providers.stream().filter(p -> p.name().equals(Arns.name(reference))).findFirst().ifPresentOrElse(
            response::addCapacityProvider,
            () -> response.addFailure(Failure.builder().arn(reference).reason("MISSING").build()));
      }
      return response.build();
    });
  }

  // ---- services ----

  @Override
  public CreateServiceResponse createService(CreateServiceRequest request) {
    return loop.call(() -> CreateServiceResponse.builder().service(plane.services().createService(request.service())).build());
  }

  @Override
  public UpdateServiceResponse updateService(UpdateServiceRequest request) {
    return loop.call(() -> UpdateServiceResponse.builder().service(plane.services().updateService(request)).build());
  }

  @Override
  public DeleteServiceResponse deleteService(DeleteServiceRequest request) {
    return loop.call(() -> DeleteServiceResponse.builder()
        .service(plane.services().deleteService(request.cluster(), request.service(), request.force())).build());
  }

  @Override
  public DescribeServicesResponse describeServices(DescribeServicesRequest request) {
    Missing.requireCount("services", request.services(), DESCRIBE_SERVICES_MAX);
    return loop.call(() -> {
      Missing<ServiceDescription> result = Missing.each(request.services(),
          s -> plane.services().describeService(request.cluster(), s), e -> e.errorCode().equals("ServiceNotFoundException"));
      return DescribeServicesResponse.builder().services(result.found()).failures(result.failures()).build();
    });
  }

  /** The launch type of a service is its model's, as created (the description or CreateService). */
  @Override
  public ListServicesResponse listServices(ListServicesRequest request) {
    return loop.call(() -> {
      List<String> arns = new ArrayList<>();
      for (ServiceDescription service : plane.services().listServices(request.cluster())) {
        boolean strategy = request.schedulingStrategy().map(s -> s == service.schedulingStrategy()).orElse(true);
        boolean launchType = request.launchType().map(t -> model(service).flatMap(Service::launchType)
            .map(t::equals).orElse(false)).orElse(true);
        if (strategy && launchType) {
          arns.add(service.serviceArn());
        }
      }
      return ListServicesResponse.builder().serviceArns(arns).build();
    });
  }

  private java.util.Optional<Service> model(ServiceDescription service) {
    List<Service> matches = plane.environment().services().stream()
        .filter(s -> s.serviceName().equals(service.serviceName())
            && Arns.name(s.clusterOrDefault()).equals(Arns.name(service.clusterArn())))
        .toList();
    return matches.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(matches.get(matches.size() - 1));
  }

  // ---- tasks ----

  @Override
  public RunTaskResponse runTask(RunTaskRequest request) {
    return loop.call(() -> {
      var result = plane.tasks().runTask(request);
      return RunTaskResponse.builder().tasks(result.tasks()).failures(result.failures())
          .explanations(result.explanations()).build();
    });
  }

  @Override
  public StartTaskResponse startTask(StartTaskRequest request) {
    return loop.call(() -> {
      var result = plane.tasks().startTask(request);
      return StartTaskResponse.builder().tasks(result.tasks()).failures(result.failures())
          .explanations(result.explanations()).build();
    });
  }

  @Override
  public StopTaskResponse stopTask(StopTaskRequest request) {
    return loop.call(() -> StopTaskResponse.builder()
        .task(plane.tasks().stopTask(request.cluster(), request.task(), request.reason().orElse(""))).build());
  }

  @Override
  public DescribeTasksResponse describeTasks(DescribeTasksRequest request) {
    Missing.requireCount("tasks", request.tasks(), DESCRIBE_TASKS_MAX);
    return loop.call(() -> {
      Missing<Task> result = Missing.each(request.tasks(), t -> plane.tasks().describeTask(request.cluster(), t),
          Missing.notFoundExceptCluster());
      return DescribeTasksResponse.builder().tasks(result.found()).failures(result.failures()).build();
    });
  }

  @Override
  public ListTasksResponse listTasks(ListTasksRequest request) {
    return loop.call(() -> ListTasksResponse.builder().taskArns(plane.tasks().listTasks(request.cluster(),
        TaskFilters.of(request)).stream()
        .filter(t -> request.launchType().map(l -> l == t.launchType()).orElse(true))
        .map(Task::taskArn).toList()).build());
  }

  // ---- container instances ----

  @Override
  public DescribeContainerInstancesResponse describeContainerInstances(DescribeContainerInstancesRequest request) {
    Missing.requireCount("containerInstances", request.containerInstances(), DESCRIBE_INSTANCES_MAX);
    return loop.call(() -> {
      Missing<ContainerInstance> result = Missing.each(request.containerInstances(),
          i -> plane.containerInstances().describeContainerInstance(request.cluster(), i), Missing.notFoundExceptCluster());
      return DescribeContainerInstancesResponse.builder().containerInstances(result.found())
          .failures(result.failures()).build();
    });
  }

  @Override
  public ListContainerInstancesResponse listContainerInstances(ListContainerInstancesRequest request) {
    ClusterQuery filter = request.filter().map(ControlPlaneEcs::query).orElse(null);
    return loop.call(() -> {
      List<ContainerInstance> instances = plane.containerInstances().listContainerInstances(request.cluster());
      List<String> arns = instances.stream()
          .filter(i -> request.status().map(s -> s == i.status()).orElse(i.status() != ContainerInstanceStatus.INACTIVE))
          .filter(i -> filter == null || filter.matches(i.queryView(() -> plane.tasks().listTasks(request.cluster(),
              dev.ecsdsl.runtime.TaskFilter.running().containerInstance(i.containerInstanceArn())).stream()
              .map(Task::group).collect(java.util.stream.Collectors.toUnmodifiableSet()))))
          .map(ContainerInstance::containerInstanceArn)
          .toList();
      return ListContainerInstancesResponse.builder().containerInstanceArns(arns).build();
    });
  }

  private static ClusterQuery query(String expression) {
    try {
      return ClusterQuery.parse(expression);
    } catch (CqlSyntaxException e) {
      throw EcsException.invalidParameter("Invalid filter '" + expression + "': " + e.getMessage());
    }
  }

  @Override
  public UpdateContainerInstancesStateResponse updateContainerInstancesState(
      UpdateContainerInstancesStateRequest request) {
    Missing.requireCount("containerInstances", request.containerInstances(), UPDATE_INSTANCES_MAX);
    if (request.status() == ContainerInstanceStatus.INACTIVE) {
      throw EcsException.invalidParameter("Container instance status should be one of [ACTIVE, DRAINING].");
    }
    return loop.call(() -> {
      Missing<ContainerInstance> result = Missing.each(request.containerInstances(),
          i -> plane.containerInstances().updateContainerInstanceState(request.cluster(), i, request.status()),
          Missing.notFoundExceptCluster());
      return UpdateContainerInstancesStateResponse.builder().containerInstances(result.found())
          .failures(result.failures()).build();
    });
  }

  @Override
  public RegisterContainerInstanceResponse registerContainerInstance(RegisterContainerInstanceRequest request) {
    return loop.call(() -> RegisterContainerInstanceResponse.builder().containerInstance(
        plane.containerInstances().registerContainerInstance(request)).build());
  }

  @Override
  public DeregisterContainerInstanceResponse deregisterContainerInstance(DeregisterContainerInstanceRequest request) {
    return loop.call(() -> DeregisterContainerInstanceResponse.builder().containerInstance(
        plane.containerInstances().deregisterContainerInstance(request.cluster(), request.containerInstance(), request.force())).build());
  }

  // ---- attributes ----

  @Override
  public PutAttributesResponse putAttributes(PutAttributesRequest request) {
    return loop.call(() -> PutAttributesResponse.builder()
        .attributes(plane.clusters().putAttributes(request.cluster(), request.attributes())).build());
  }

  @Override
  public DeleteAttributesResponse deleteAttributes(DeleteAttributesRequest request) {
    return loop.call(() -> DeleteAttributesResponse.builder()
        .attributes(plane.clusters().deleteAttributes(request.cluster(), request.attributes())).build());
  }

  @Override
  public ListAttributesResponse listAttributes(ListAttributesRequest request) {
    if (request.attributeValue().isPresent() && request.attributeName().isEmpty()) {
      throw EcsException.invalidParameter("attributeValue can be given only with attributeName.");
    }
    return loop.call(() -> {
      List<Attribute> attributes = plane.clusters().listAttributes(request.cluster()).stream()
          .filter(a -> request.attributeName().map(a.name()::equals).orElse(true))
          .filter(a -> request.attributeValue().map(a.value()::equals).orElse(true))
          .toList();
      return ListAttributesResponse.builder().attributes(attributes).build();
    });
  }

  // ---- tags ----

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    return loop.call(() -> {
      plane.tags().tagResource(request.resourceArn(), request.tags());
      return TagResourceResponse.builder().build();
    });
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    return loop.call(() -> {
      plane.tags().untagResource(request.resourceArn(), request.tagKeys());
      return UntagResourceResponse.builder().build();
    });
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    return loop.call(() -> ListTagsForResourceResponse.builder()
        .tags(plane.tags().listTagsForResource(request.resourceArn())).build());
  }
}

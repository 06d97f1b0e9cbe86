package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.json.EcsJsonException;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.ClusterNotFoundException;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResult;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceNotFoundException;
import dev.ecsdsl.runtime.StartTaskRequest;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The ECS operations the endpoint serves, each a call on the runtime (never a second store): the request
 * is read and checked member by member first, so a bad call changes nothing.
 */
final class Operations {
  private final EcsRuntime runtime;
  private final Map<String, Function<Request, ObjectNode>> handlers = new LinkedHashMap<>();

  Operations(EcsRuntime runtime) {
    this.runtime = runtime;
    handlers.put("CreateCluster", this::createCluster);
    handlers.put("DescribeClusters", this::describeClusters);
    handlers.put("DeleteCluster", r -> Shapes.object().set("cluster", Shapes.cluster(runtime.deleteCluster(
        r.requiredString("cluster")))));
    handlers.put("ListClusters", r -> list("clusterArns", runtime.describeClusters().stream()
        .map(ClusterDescription::clusterArn).toList()));
    new TaskDefinitionOperations(runtime).addTo(handlers);
    handlers.put("RunTask", this::runTask);
    handlers.put("StartTask", this::startTask);
    handlers.put("StopTask", r -> Shapes.object().set("task", Shapes.task(runtime.stopTask(r.cluster(),
        r.requiredString("task"), r.string("reason").orElse("")))));
    handlers.put("DescribeTasks", this::describeTasks);
    handlers.put("ListTasks", this::listTasks);
    handlers.put("CreateService", this::createService);
    handlers.put("UpdateService", this::updateService);
    handlers.put("DescribeServices", this::describeServices);
    handlers.put("ListServices", r -> list("serviceArns", runtime.listServices(r.cluster()).stream()
        .map(ServiceDescription::serviceArn).toList()));
    handlers.put("DeleteService", r -> Shapes.object().set("service", Shapes.service(runtime.deleteService(
        r.cluster(), r.requiredString("service"), r.bool("force")))));
    handlers.put("DescribeContainerInstances", this::describeContainerInstances);
    handlers.put("ListContainerInstances", this::listContainerInstances);
    handlers.put("UpdateContainerInstancesState", this::updateContainerInstancesState);
    new TaggingOperations(runtime).addTo(handlers);
    new AttributeOperations(runtime).addTo(handlers);
    new CapacityProviderOperations(runtime).addTo(handlers);
    new ServiceDeploymentApi(runtime).addTo(handlers);
  }

  /** The operations served, by name. */
  Set<String> names() {
    return handlers.keySet();
  }

  /** Runs one operation; ECS's errors come back as {@link ApiException}s. */
  ObjectNode call(String operation, Request request) {
    Function<Request, ObjectNode> handler = handlers.get(operation);
    if (handler == null) {
      throw new ApiException("UnknownOperationException", "Operation " + operation
          + " is not supported by this endpoint (ecs-dsl serves " + handlers.keySet() + ").", 400);
    }
    try {
      return handler.apply(request);
    } catch (EcsException e) {
      throw new ApiException(e.errorCode(), e.ecsMessage(), 400);
    } catch (ValidationException | EcsJsonException e) {
      throw new ApiException("ClientException", e.getMessage(), 400);
    }
  }

  // ---- clusters ----

  private ObjectNode createCluster(Request r) {
    String name = r.string("clusterName").orElse("default");
    List<Tag> tags = r.values("tags", Tag.class);
    List<String> providers = r.strings("capacityProviders");
    List<CapacityProviderStrategyItem> strategy = r.values("defaultCapacityProviderStrategy",
        CapacityProviderStrategyItem.class);
    boolean existed = runtime.describeClusters().stream().anyMatch(c -> c.clusterName().equals(name));
    ClusterDescription cluster = runtime.createCluster(name, tags);
    if (!providers.isEmpty() || !strategy.isEmpty()) {
      try {
        cluster = runtime.putClusterCapacityProviders(name, providers, strategy);
      } catch (EcsException e) {
        // CreateCluster with bad capacity providers makes no cluster: take back the one just made.
        if (!existed) {
          runtime.deleteCluster(name);
        }
        throw e;
      }
    }
    return Shapes.object().set("cluster", Shapes.cluster(cluster));
  }

  private ObjectNode describeClusters(Request r) {
    List<String> names = r.strings("clusters");
    return describeEach(names.isEmpty() ? List.of("default") : names, "clusters",
        name -> tagged(r, Shapes.cluster(runtime.describeCluster(name)), "clusterArn"), e -> true);
  }

  // ---- tasks ----

  private ObjectNode runTask(Request r) {
    RunTaskRequest.Builder request = RunTaskRequest.builder()
        .cluster(r.cluster())
        .taskDefinition(r.requiredString("taskDefinition"))
        .count(r.integer("count").orElse(1))
        .capacityProviderStrategy(r.values("capacityProviderStrategy", CapacityProviderStrategyItem.class))
        .placementConstraints(r.values("placementConstraints", PlacementConstraint.class))
        .placementStrategy(r.values("placementStrategy", PlacementStrategy.class));
    r.string("launchType").map(Operations::launchType).ifPresent(request::launchType);
    r.value("networkConfiguration", NetworkConfiguration.class).ifPresent(request::networkConfiguration);
    r.string("group").ifPresent(request::group);
    r.string("startedBy").ifPresent(request::startedBy);
    request.overrides(Overrides.read(r)).tags(r.values("tags", Tag.class));
    return tasksAndFailures(runtime.runTask(request.build()));
  }

  private ObjectNode startTask(Request r) {
    StartTaskRequest.Builder request = StartTaskRequest.builder()
        .cluster(r.cluster())
        .taskDefinition(r.requiredString("taskDefinition"))
        .containerInstances(r.requiredStrings("containerInstances"))
        .overrides(Overrides.read(r))
        .tags(r.values("tags", Tag.class));
    r.value("networkConfiguration", NetworkConfiguration.class).ifPresent(request::networkConfiguration);
    r.string("group").ifPresent(request::group);
    r.string("startedBy").ifPresent(request::startedBy);
    return tasksAndFailures(runtime.startTask(request.build()));
  }

  private static ObjectNode tasksAndFailures(RunTaskResult result) {
    ObjectNode response = Shapes.object();
    ArrayNode tasks = response.putArray("tasks");
    result.tasks().forEach(t -> tasks.add(Shapes.task(t)));
    ArrayNode failures = response.putArray("failures");
    result.failures().forEach(f -> failures.add(Shapes.failure(f)));
    return response;
  }

  private static LaunchType launchType(String value) {
    for (LaunchType type : LaunchType.values()) {
      if (type.name().equals(value)) {
        return type;
      }
    }
    throw ApiException.invalidParameter("launchType must be one of EC2, FARGATE, EXTERNAL; was " + value + ".");
  }

  private ObjectNode describeTasks(Request r) {
    return describeEach(r.requiredStrings("tasks"), "tasks",
        reference -> tagged(r, Shapes.task(runtime.describeTask(r.cluster(), reference)), "taskArn"),
        Operations::notCluster);
  }

  private ObjectNode listTasks(Request r) {
    TaskFilter filter = TaskFilter.all();
    Optional<String> desired = r.string("desiredStatus");
    filter = filter.desiredStatus(desired.map(Operations::taskStatus).orElse(TaskStatus.RUNNING));
    filter = r.string("family").map(filter::family).orElse(filter);
    filter = r.string("serviceName").map(filter::serviceName).orElse(filter);
    filter = r.string("startedBy").map(filter::startedBy).orElse(filter);
    filter = r.string("containerInstance").map(filter::containerInstance).orElse(filter);
    return list("taskArns", runtime.listTasks(r.cluster(), filter).stream().map(Task::taskArn).toList());
  }

  private static TaskStatus taskStatus(String value) {
    return switch (value) {
      case "RUNNING" -> TaskStatus.RUNNING;
      case "PENDING" -> TaskStatus.PENDING;
      case "STOPPED" -> TaskStatus.STOPPED;
      default -> throw ApiException.invalidParameter("desiredStatus must be RUNNING, PENDING or STOPPED; was "
          + value + ".");
    };
  }

  // ---- services ----

  private ObjectNode createService(Request r) {
    r.requiredString("serviceName");
    var service = EcsJson.readService("CreateService", r.body().toString()).value();
    return Shapes.object().set("service", Shapes.service(runtime.createService(service)));
  }

  private ObjectNode updateService(Request r) {
    UpdateServiceRequest.Builder request = UpdateServiceRequest.builder().cluster(r.cluster())
        .service(r.requiredString("service"))
        .forceNewDeployment(r.bool("forceNewDeployment"));
    r.integer("desiredCount").ifPresent(request::desiredCount);
    r.string("taskDefinition").ifPresent(request::taskDefinition);
    r.integer("healthCheckGracePeriodSeconds").ifPresent(request::healthCheckGracePeriodSeconds);
    r.value("deploymentConfiguration", DeploymentConfiguration.class).ifPresent(request::deploymentConfiguration);
    if (r.body().has("placementConstraints")) {
      request.placementConstraints(r.values("placementConstraints", PlacementConstraint.class));
    }
    if (r.body().has("placementStrategy")) {
      request.placementStrategy(r.values("placementStrategy", PlacementStrategy.class));
    }
    return Shapes.object().set("service", Shapes.service(runtime.updateService(request.build())));
  }

  private ObjectNode describeServices(Request r) {
    return describeEach(r.requiredStrings("services"), "services",
        reference -> tagged(r, Shapes.service(runtime.describeService(r.cluster(), reference)), "serviceArn"),
        e -> e instanceof ServiceNotFoundException);
  }

  /** A described resource with its tags when the call's {@code include} asks for TAGS. */
  private ObjectNode tagged(Request r, ObjectNode resource, String arnMember) {
    if (r.strings("include").contains("TAGS")) {
      resource.set("tags", Shapes.tags(runtime.listTagsForResource(resource.get(arnMember).textValue())));
    }
    return resource;
  }

  // ---- container instances ----

  private ObjectNode describeContainerInstances(Request r) {
    return describeEach(r.requiredStrings("containerInstances"), "containerInstances",
        reference -> Shapes.containerInstance(runtime.describeContainerInstance(r.cluster(), reference)),
        Operations::notCluster);
  }

  private ObjectNode listContainerInstances(Request r) {
    Optional<String> status = r.string("status");
    return list("containerInstanceArns", runtime.listContainerInstances(r.cluster()).stream()
        .filter(i -> status.map(s -> i.status().name().equals(s)).orElse(i.status() != ContainerInstanceStatus.INACTIVE))
        .map(ContainerInstance::containerInstanceArn).toList());
  }

  private ObjectNode updateContainerInstancesState(Request r) {
    String value = r.requiredString("status").toUpperCase(Locale.ROOT);
    ContainerInstanceStatus status = switch (value) {
      case "ACTIVE" -> ContainerInstanceStatus.ACTIVE;
      case "DRAINING" -> ContainerInstanceStatus.DRAINING;
      default -> throw ApiException.invalidParameter("status must be ACTIVE or DRAINING; was " + value + ".");
    };
    return describeEach(r.requiredStrings("containerInstances"), "containerInstances",
        reference -> Shapes.containerInstance(runtime.updateContainerInstanceState(r.cluster(), reference, status)),
        Operations::notCluster);
  }

  /**
   * ECS's answer for calls on several resources: each one found under {@code member}, and a MISSING
   * failure for each reference whose error {@code missing} accepts (other errors fail the call).
   */
  private static ObjectNode describeEach(List<String> references, String member, Function<String, ObjectNode> describe,
      Predicate<EcsException> missing) {
    ObjectNode response = Shapes.object();
    ArrayNode found = response.putArray(member);
    ArrayNode failures = response.putArray("failures");
    for (String reference : references) {
      try {
        found.add(describe.apply(reference));
      } catch (EcsException e) {
        if (!missing.test(e)) {
          throw e;
        }
        failures.add(Shapes.missing(reference));
      }
    }
    return response;
  }

  private static boolean notCluster(EcsException e) {
    return !(e instanceof ClusterNotFoundException);
  }

  static ObjectNode list(String member, List<String> values) {
    ObjectNode response = Shapes.object();
    ArrayNode array = response.putArray(member);
    values.forEach(array::add);
    return response;
  }
}

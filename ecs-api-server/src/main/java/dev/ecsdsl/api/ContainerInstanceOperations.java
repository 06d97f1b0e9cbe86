package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.cql.ClusterQuery;
import dev.ecsdsl.cql.InstanceView;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * DescribeContainerInstances (1 to 100 a call, {@code include: TAGS}), ListContainerInstances (its {@code status}
 * and Cluster Query Language {@code filter}, paged), UpdateContainerInstancesState (at most 10 a call),
 * RegisterContainerInstance (read by {@link AgentRegistration}) and DeregisterContainerInstance.
 */
final class ContainerInstanceOperations {
  private final EcsRuntime runtime;

  ContainerInstanceOperations(EcsRuntime runtime) {
    this.runtime = runtime;
  }

  void addTo(Map<String, Function<Request, ObjectNode>> handlers) {
    handlers.put("DescribeContainerInstances", this::describeContainerInstances);
    handlers.put("ListContainerInstances", this::listContainerInstances);
    handlers.put("UpdateContainerInstancesState", this::updateContainerInstancesState);
    handlers.put("DeregisterContainerInstance", this::deregisterContainerInstance);
    handlers.put("RegisterContainerInstance", r -> Shapes.object().set("containerInstance", Shapes.containerInstance(
        runtime.ecs().registerContainerInstance(AgentRegistration.read(r)).containerInstance())));
  }

  private ObjectNode describeContainerInstances(Request r) {
    String cluster = r.cluster();
    References refs = r.references();
    List<String> instances = Describe.references(r, "containerInstances", 100,
        ApiException.client("Container Instances cannot be empty."));
    Lookups.cluster(runtime, cluster);
    return Describe.each(instances, "containerInstances",
        reference -> Describe.tagged(r, runtime, Shapes.containerInstance(Lookups.containerInstance(runtime, cluster,
            refs.containerInstance(cluster, reference))), "containerInstanceArn"),
        Describe::notCluster, reference -> refs.arnOr(reference, id -> refs.containerInstanceArn(cluster, id)));
  }

  private ObjectNode listContainerInstances(Request r) {
    String cluster = r.cluster();
    Optional<String> status = r.string("status");
    Predicate<ContainerInstance> matches = r.string("filter").map(f -> query(cluster, f)).orElse(i -> true);
    List<String> arns = ListAndDescribe.containerInstances(runtime.ecs(), cluster).stream()
        .filter(i -> status.map(i.status().name()::equals).orElse(i.status() != ContainerInstanceStatus.INACTIVE))
        .filter(matches)
        .map(ContainerInstance::containerInstanceArn).toList();
    return Pages.of(r, "containerInstanceArns", arns, Pages.Size.HUNDRED);
  }

  private Predicate<ContainerInstance> query(String cluster, String expression) {
    ClusterQuery query;
    try {
      query = ClusterQuery.parse(expression);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidParameter("ListContainerInstances: filter is not a valid cluster query expression: "
          + Messages.clean(e.getMessage()));
    }
    return instance -> query.matches(view(cluster, instance));
  }

  private InstanceView view(String cluster, ContainerInstance instance) {
    return instance.queryView(() -> ListAndDescribe.tasks(runtime.ecs(), cluster,
            TaskFilter.running().containerInstance(instance.containerInstanceArn()))
        .stream().map(Task::group).collect(Collectors.toSet()));
  }

  private ObjectNode updateContainerInstancesState(Request r) {
    String cluster = r.cluster();
    References refs = r.references();
    ContainerInstanceStatus status = switch (r.requiredString("status")) {
      case "ACTIVE" -> ContainerInstanceStatus.ACTIVE;
      case "DRAINING" -> ContainerInstanceStatus.DRAINING;
      default -> throw ApiException.invalidParameter("UpdateContainerInstancesState: status must be ACTIVE or"
          + " DRAINING.");
    };
    List<String> instances = Describe.references(r, "containerInstances", 10,
        ApiException.client("Container Instances cannot be empty."));
    Lookups.cluster(runtime, cluster);
    return Describe.each(instances, "containerInstances",
        reference -> Shapes.containerInstance(Lookups.updateState(runtime, cluster,
            refs.containerInstance(cluster, reference), status)),
        Describe::notCluster, reference -> refs.arnOr(reference, id -> refs.containerInstanceArn(cluster, id)));
  }

  /**
   * DeregisterContainerInstance: refused while the instance runs tasks unless {@code force}; with it, the tasks
   * are orphaned (ECS no longer tracks them) and a service's are started again elsewhere.
   * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeregisterContainerInstance.html
   */
  private ObjectNode deregisterContainerInstance(Request r) {
    String cluster = r.cluster();
    Lookups.cluster(runtime, cluster);
    String instance = r.references().containerInstance(cluster, r.requiredString("containerInstance"));
    return Shapes.object().set("containerInstance", Shapes.containerInstance(
        runtime.ecs().deregisterContainerInstance(q -> q.cluster(cluster).containerInstance(instance)
            .force(r.bool("force"))).containerInstance()));
  }
}

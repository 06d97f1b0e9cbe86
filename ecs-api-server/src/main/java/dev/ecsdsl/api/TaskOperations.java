package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.Failure;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.StartTaskRequest;
import dev.ecsdsl.runtime.StartTaskResponse;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * RunTask, StartTask, StopTask, DescribeTasks and ListTasks (with every filter ECS has, and its paging). Limits are
 * ECS's: RunTask starts 1 to 10 tasks, StartTask names at most 10 container instances, DescribeTasks at most 100
 * tasks (<a href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html">RunTask</a>,
 * <a href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTasks.html">DescribeTasks</a>).
 */
final class TaskOperations {
  private final EcsRuntime runtime;

  TaskOperations(EcsRuntime runtime) {
    this.runtime = runtime;
  }

  void addTo(Map<String, Function<Request, ObjectNode>> handlers) {
    handlers.put("RunTask", this::runTask);
    handlers.put("StartTask", this::startTask);
    handlers.put("StopTask", this::stopTask);
    handlers.put("DescribeTasks", this::describeTasks);
    handlers.put("ListTasks", this::listTasks);
  }

  private ObjectNode runTask(Request r) {
    int count = r.integer("count").orElse(1);
    if (count < 1 || count > 10) {
      throw ApiException.invalidParameter("RunTask: count must be from 1 to 10; was " + count + ".");
    }
    RunTaskRequest.Builder request = RunTaskRequest.builder()
        .cluster(r.cluster())
        .taskDefinition(r.references().taskDefinition(r.requiredString("taskDefinition")))
        .count(count)
        .capacityProviderStrategy(r.values("capacityProviderStrategy", CapacityProviderStrategyItem.class))
        .placementConstraints(r.values("placementConstraints", PlacementConstraint.class))
        .placementStrategy(r.values("placementStrategy", PlacementStrategy.class));
    r.string("launchType").map(TaskOperations::launchTypeToRun).ifPresent(request::launchType);
    if (r.has("launchType") && r.has("capacityProviderStrategy")) {
      throw ApiException.invalidParameter("Specifying both a launch type and capacity provider strategy is not"
          + " supported. Remove one and try again.");
    }
    Optional<NetworkConfiguration> network = r.value("networkConfiguration", NetworkConfiguration.class);
    NetworkReferences.check(runtime, network);
    network.ifPresent(request::networkConfiguration);
    r.string("group").ifPresent(request::group);
    r.string("startedBy").ifPresent(request::startedBy);
    request.overrides(Overrides.read(r)).tags(r.values("tags", Tag.class));
    RunTaskResponse run = runtime.ecs().runTask(request.build());
    return tasksAndFailures(r, runtime, run.tasks(), run.failures());
  }

  private ObjectNode startTask(Request r) {
    String cluster = r.cluster();
    List<String> instances = r.requiredStrings("containerInstances");
    if (instances.isEmpty() || instances.size() > 10) {
      throw ApiException.invalidParameter("StartTask: containerInstances must name from 1 to 10 container"
          + " instances; it names " + instances.size() + ".");
    }
    StartTaskRequest.Builder request = StartTaskRequest.builder()
        .cluster(cluster)
        .taskDefinition(r.references().taskDefinition(r.requiredString("taskDefinition")))
        .containerInstances(instances.stream().map(i -> r.references().containerInstance(cluster, i)).toList())
        .overrides(Overrides.read(r))
        .tags(r.values("tags", Tag.class));
    Optional<NetworkConfiguration> network = r.value("networkConfiguration", NetworkConfiguration.class);
    NetworkReferences.check(runtime, network);
    network.ifPresent(request::networkConfiguration);
    r.string("group").ifPresent(request::group);
    r.string("startedBy").ifPresent(request::startedBy);
    StartTaskResponse started = runtime.ecs().startTask(request.build());
    return tasksAndFailures(r, runtime, started.tasks(), started.failures());
  }

  private ObjectNode stopTask(Request r) {
    String cluster = r.cluster();
    String task = r.references().task(cluster, r.requiredString("task"));
    String reason = r.string("reason").orElse("");
    return Shapes.object().set("task", Shapes.task(runtime.ecs().stopTask(q -> q.cluster(cluster).task(task)
        .reason(reason)).task()));
  }

  private static ObjectNode tasksAndFailures(Request r, EcsRuntime runtime, List<Task> started,
      List<Failure> notStarted) {
    ObjectNode response = Shapes.object();
    ArrayNode tasks = response.putArray("tasks");
    boolean withTags = r.has("tags");
    started.forEach(t -> {
      ObjectNode task = Shapes.task(t);
      if (withTags) {
        task.set("tags", Shapes.tags(Lookups.tags(runtime, t.taskArn())));
      }
      tasks.add(task);
    });
    ArrayNode failures = response.putArray("failures");
    notStarted.forEach(f -> failures.add(Shapes.failure(f)));
    return response;
  }

  /** The launch type of a RunTask or CreateService: EXTERNAL (ECS Anywhere) refused before anything is made. */
  static LaunchType launchTypeToRun(String value) {
    LaunchType type = launchType(value);
    if (type == LaunchType.EXTERNAL) {
      throw ApiException.invalidParameter("The EXTERNAL launch type (ECS Anywhere) is not simulated by ecs-dsl.");
    }
    return type;
  }

  static LaunchType launchType(String value) {
    for (LaunchType type : LaunchType.values()) {
      if (type.name().equals(value)) {
        return type;
      }
    }
    throw ApiException.invalidParameter("launchType " + Messages.quote(value) + " is not simulated by ecs-dsl;"
        + " use EC2, FARGATE or EXTERNAL.");
  }

  private ObjectNode describeTasks(Request r) {
    String cluster = r.cluster();
    References refs = r.references();
    List<String> tasks = Describe.references(r, "tasks", 100,
        ApiException.invalidParameter("Tasks cannot be empty."));
    Lookups.cluster(runtime, cluster);
    return Describe.each(tasks, "tasks",
        reference -> Describe.tagged(r, runtime, Shapes.task(Lookups.task(runtime, cluster, refs.task(cluster,
            reference))), "taskArn"),
        Describe::notCluster, reference -> refs.arnOr(reference, id -> refs.taskArn(cluster, id)));
  }

  private ObjectNode listTasks(Request r) {
    String cluster = r.cluster();
    TaskFilter filter = TaskFilter.all();
    filter = filter.desiredStatus(r.string("desiredStatus").map(TaskOperations::taskStatus)
        .orElse(TaskStatus.RUNNING));
    filter = r.string("family").map(filter::family).orElse(filter);
    filter = r.string("serviceName").map(s -> r.references().service(cluster, s)).map(filter::serviceName)
        .orElse(filter);
    filter = r.string("startedBy").map(filter::startedBy).orElse(filter);
    filter = r.string("containerInstance").map(i -> r.references().containerInstance(cluster, i))
        .map(filter::containerInstance).orElse(filter);
    Optional<LaunchType> launchType = r.string("launchType").map(TaskOperations::launchType);
    List<String> arns = ListAndDescribe.tasks(runtime.ecs(), cluster, filter).stream()
        .filter(t -> launchType.map(l -> t.launchType() == l).orElse(true))
        .map(Task::taskArn).toList();
    return Pages.of(r, "taskArns", arns, Pages.Size.HUNDRED);
  }

  private static TaskStatus taskStatus(String value) {
    return switch (value) {
      case "RUNNING" -> TaskStatus.RUNNING;
      case "PENDING" -> TaskStatus.PENDING;
      default -> TaskStatus.STOPPED;
    };
  }
}

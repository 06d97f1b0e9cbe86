package dev.ecsdsl.junit.assertj;

import dev.ecsdsl.junit.ServiceHandle;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A service's tasks as the assertions need them: where they run and whether they are healthy. */
final class ServiceTasks {
  private final ServiceHandle service;
  private final List<Task> tasks;

  ServiceTasks(ServiceHandle service) {
    this.service = service;
    this.tasks = service.runningTasks();
  }

  List<Task> tasks() {
    return tasks;
  }

  /** How the tasks spread over the attribute's values among the cluster's ACTIVE instances (or subnets' zones). */
  Spread spread(String attribute) {
    String name = Spread.name(attribute);
    return Spread.of(tasks, t -> Spread.ownValue(t, name).orElseGet(() -> instanceAttribute(t, name)),
        possibleValues(name));
  }

  /**
   * Whether a task counts as healthy: RUNNING, and HEALTHY if its definition gives any container a health
   * check (ECS reports UNKNOWN until the first result).
   */
  boolean healthy(Task task) {
    if (task.lastStatus() != TaskStatus.RUNNING) {
      return false;
    }
    boolean checked = service.runtime().environment().taskDefinition(task.taskDefinitionArn()).stream()
        .flatMap(td -> td.containerDefinitions().stream()).map(ContainerDefinition::healthCheck)
        .anyMatch(Optional::isPresent);
    return checked ? task.healthStatus() == HealthStatus.HEALTHY : task.healthStatus() != HealthStatus.UNHEALTHY;
  }

  private String instanceAttribute(Task task, String name) {
    return task.containerInstanceArn()
        .map(arn -> service.runtime().ecs().describeContainerInstances(r -> r.cluster(service.cluster())
            .containerInstances(arn)).containerInstance().attribute(name))
        .orElse("(no instance)");
  }

  private Set<String> possibleValues(String name) {
    Set<String> values = new TreeSet<>();
    for (ContainerInstance instance : ListAndDescribe.containerInstances(service.runtime().ecs(), service.cluster())) {
      if (instance.status() == ContainerInstanceStatus.ACTIVE) {
        String value = name.equals(Spread.INSTANCE) ? instance.ec2InstanceId() : instance.attribute(name);
        if (value != null) {
          values.add(value);
        }
      }
    }
    if (values.isEmpty() && name.equals(Spread.ZONE)) {
      values.addAll(subnetZones(service.runtime().environment()));
    }
    return values;
  }

  /** The zones of the service's awsvpc subnets (where Fargate tasks can run). */
  private Set<String> subnetZones(Environment environment) {
    Set<String> subnets = environment.service(service.name()).flatMap(s -> s.networkConfiguration())
        .map(n -> n.awsvpcConfiguration()).map(a -> Set.copyOf(a.subnets())).orElse(Set.of());
    return environment.vpc().subnets().stream().filter(s -> subnets.contains(s.subnetId()))
        .map(Subnet::availabilityZone).collect(Collectors.toCollection(TreeSet::new));
  }
}

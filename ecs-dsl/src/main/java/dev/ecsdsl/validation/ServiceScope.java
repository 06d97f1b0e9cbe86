package dev.ecsdsl.validation;

import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.SchedulingStrategy;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import java.util.Optional;

/**
 * A service as it is checked: where its problems are reported, the task definition it runs (when known) and
 * that definition's path under the service, its cluster and environment (when known), and where its tasks
 * run.
 *
 * @param service the service
 * @param path e.g. {@code service web}
 * @param td the task definition it runs, when known
 * @param tdPath where that definition's problems are reported, e.g. {@code service web → task definition web:2}
 * @param cluster its cluster, when known
 * @param env the environment, when validating one
 * @param launch where its tasks run, when that can be known
 */
record ServiceScope(Service service, ProblemPath path, Optional<TaskDefinition> td, ProblemPath tdPath,
    Optional<Cluster> cluster, Optional<Environment> env, Optional<LaunchType> launch) {

  /** Whether the service is a DAEMON service. */
  boolean daemon() {
    return service.schedulingStrategyOrDefault() == SchedulingStrategy.DAEMON;
  }

  /** Whether the tasks run on Fargate (as far as known). */
  boolean fargate() {
    return launch.orElse(null) == LaunchType.FARGATE;
  }

  /** The task definition's network mode, when the definition is known. */
  Optional<NetworkMode> networkMode() {
    return td.map(TaskDefinition::networkModeOrDefault);
  }

  /** Whether the task definition is known to have a container with a health check. */
  Optional<Boolean> anyContainerHealthCheck() {
    return td.map(t -> t.containerDefinitions().stream().anyMatch(c -> c.healthCheck().isPresent()));
  }

  /** The path of a container of the task definition, under the service. */
  ProblemPath container(ContainerDefinition c) {
    return tdPath.then("container " + c.name());
  }
}

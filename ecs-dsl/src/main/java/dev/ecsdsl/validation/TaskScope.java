package dev.ecsdsl.validation;

import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.OsFamily;
import dev.ecsdsl.model.RuntimePlatform;
import dev.ecsdsl.model.TaskDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A task definition as it is checked: where its problems are reported, whether its tasks run on Fargate
 * and/or EC2 (its {@code requiresCompatibilities} plus the launch types of the services and scheduled tasks
 * that run it), and the environment around it, when there is one.
 *
 * @param td the task definition
 * @param path where its problems are reported, e.g. {@code service web → task definition web:2}
 * @param fargate whether any of its tasks run on Fargate
 * @param ec2 whether any of its tasks run on EC2 or external instances (also when nothing says where: EC2 is
 *     ECS's default)
 * @param env the environment, for reference checks
 * @param byName the containers by name (the first of each name), so that lookups stay cheap however many
 *     containers a definition has
 */
record TaskScope(TaskDefinition td, ProblemPath path, boolean fargate, boolean ec2, Optional<Environment> env,
    Map<String, ContainerDefinition> byName) {

  /** A scope whose launch types are the definition's own compatibilities plus {@code launchedOn}. */
  static TaskScope of(TaskDefinition td, ProblemPath path, Set<LaunchType> launchedOn, Optional<Environment> env) {
    boolean fargate = td.requires(Compatibility.FARGATE) || launchedOn.contains(LaunchType.FARGATE);
    boolean ec2 = td.requires(Compatibility.EC2) || td.requires(Compatibility.EXTERNAL)
        || launchedOn.contains(LaunchType.EC2) || launchedOn.contains(LaunchType.EXTERNAL)
        || (td.requiresCompatibilities().isEmpty() && launchedOn.isEmpty());
    Map<String, ContainerDefinition> byName = new HashMap<>();
    td.containerDefinitions().forEach(c -> byName.putIfAbsent(c.name(), c));
    return new TaskScope(td, path, fargate, ec2, env, byName);
  }

  /** The first container of that name. */
  Optional<ContainerDefinition> container(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The network mode in force (bridge when unset). */
  NetworkMode networkMode() {
    return td.networkModeOrDefault();
  }

  /** Whether the definition names Linux as its platform (ECS cannot tell the platform when it names none). */
  boolean linux() {
    return td.runtimePlatform().flatMap(RuntimePlatform::operatingSystemFamily)
        .map(f -> f == OsFamily.LINUX).orElse(false);
  }

  /** Whether the definition asks for a Windows platform. */
  boolean windows() {
    return td.runtimePlatform().flatMap(RuntimePlatform::operatingSystemFamily)
        .map(f -> f != OsFamily.LINUX).orElse(false);
  }

  /** Whether a task execution role is given. */
  boolean hasExecutionRole() {
    return td.executionRoleArn().map(r -> !r.isBlank()).orElse(false);
  }

  /** The path of one of its containers. */
  ProblemPath container(ContainerDefinition c) {
    return path.then("container " + c.name());
  }

  /** "Fargate" or "EC2", for messages about where the task runs. */
  String launchName() {
    return fargate ? "Fargate" : "EC2";
  }
}

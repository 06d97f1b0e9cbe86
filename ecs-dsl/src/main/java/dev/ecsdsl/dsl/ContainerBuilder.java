package dev.ecsdsl.dsl;

import dev.ecsdsl.model.ContainerCondition;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.ContainerDependency;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.model.KeyValuePair;
import dev.ecsdsl.model.LogConfiguration;
import dev.ecsdsl.model.MountPoint;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.Secret;
import java.util.function.Consumer;

/** Describes a container: image, resources, ports, environment, secrets, health, dependencies, mounts, logs. */
public final class ContainerBuilder {
  private final ContainerDefinition.Builder c = ContainerDefinition.builder();

  ContainerBuilder(String name) {
    c.name(name);
  }

  /**
   * Image reference (tag, digest or ECR URI).
   *
   * @param image image reference (tag, digest or ECR URI)
   * @return this builder
   */
  public ContainerBuilder image(String image) {
    c.image(image);
    return this;
  }

  /**
   * CPU units reserved.
   *
   * @param cpuUnits CPU units reserved
   * @return this builder
   */
  public ContainerBuilder cpu(int cpuUnits) {
    c.cpu(cpuUnits);
    return this;
  }

  /**
   * Hard memory limit in MiB.
   *
   * @param memoryMiB hard memory limit in MiB
   * @return this builder
   */
  public ContainerBuilder memory(int memoryMiB) {
    c.memory(memoryMiB);
    return this;
  }

  /**
   * Soft memory limit (reservation) in MiB.
   *
   * @param memoryMiB soft memory limit (reservation) in MiB
   * @return this builder
   */
  public ContainerBuilder memoryReservation(int memoryMiB) {
    c.memoryReservation(memoryMiB);
    return this;
  }

  /**
   * Publish a tcp container port (host port by network mode: equal in awsvpc/host, dynamic in bridge).
   *
   * @param containerPort the port the container listens on
   * @return this builder
   */
  public ContainerBuilder port(int containerPort) {
    c.addPortMapping(PortMapping.of(containerPort));
    return this;
  }

  /**
   * Publish a tcp container port on a host port (0 = dynamic, in bridge mode).
   *
   * @param containerPort the port the container listens on
   * @param hostPort the port on the instance; 0 for a dynamic one in bridge mode
   * @return this builder
   */
  public ContainerBuilder port(int containerPort, int hostPort) {
    c.addPortMapping(PortMapping.of(containerPort, hostPort));
    return this;
  }

  /**
   * Any port mapping.
   *
   * @param mapping the port mapping
   * @return this builder
   */
  public ContainerBuilder portMapping(PortMapping mapping) {
    c.addPortMapping(mapping);
    return this;
  }

  /**
   * Whether the task stops when this container stops (default true).
   *
   * @param essential whether the task stops when this container stops (default true)
   * @return this builder
   */
  public ContainerBuilder essential(boolean essential) {
    c.essential(essential);
    return this;
  }

  /**
   * An environment variable.
   *
   * @param name the variable's name
   * @param value its value
   * @return this builder
   */
  public ContainerBuilder env(String name, String value) {
    c.addEnvironment(KeyValuePair.of(name, value));
    return this;
  }

  /**
   * A secret (Secrets Manager secret or SSM parameter, by name or ARN) as an environment variable.
   *
   * @param name the environment variable the container sees
   * @param valueFrom the secret or parameter, by name or ARN
   * @return this builder
   */
  public ContainerBuilder secret(String name, String valueFrom) {
    c.addSecret(Secret.of(name, valueFrom));
    return this;
  }

  /**
   * Docker CMD.
   *
   * @param command Docker CMD
   * @return this builder
   */
  public ContainerBuilder command(String... command) {
    c.command(java.util.Arrays.asList(command));
    return this;
  }

  /**
   * Docker ENTRYPOINT.
   *
   * @param entryPoint Docker ENTRYPOINT
   * @return this builder
   */
  public ContainerBuilder entryPoint(String... entryPoint) {
    c.entryPoint(java.util.Arrays.asList(entryPoint));
    return this;
  }

  /**
   * A {@code CMD-SHELL} health check with ECS's default timing.
   *
   * @param shellCommand the command the shell runs; exit code 0 means healthy
   * @return this builder
   */
  public ContainerBuilder healthCheck(String shellCommand) {
    c.healthCheck(HealthCheck.shell(shellCommand));
    return this;
  }

  /**
   * A {@code CMD-SHELL} health check with the timing the builder sets (ECS's defaults for what it leaves out), e.g.
   * {@code healthCheck("curl -f http://localhost/health", h -> h.interval(10).timeout(5).retries(3))}.
   *
   * @param shellCommand the command the shell runs; exit code 0 means healthy
   * @param timing sets {@code interval} (5–300 s), {@code timeout} (2–60 s), {@code retries} (1–10) and
   *     {@code startPeriod} (0–300 s)
   * @return this builder
   */
  public ContainerBuilder healthCheck(String shellCommand, java.util.function.Consumer<HealthCheck.Builder> timing) {
    HealthCheck.Builder builder = HealthCheck.builder().addCommand("CMD-SHELL", shellCommand);
    timing.accept(builder);
    c.healthCheck(builder.build());
    return this;
  }

  /**
   * A health check as the builder makes it, the command included, e.g.
   * {@code healthCheck(h -> h.addCommand("CMD", "/bin/check").interval(30))}.
   *
   * @param healthCheck sets the command ({@code CMD} or {@code CMD-SHELL} first) and the timing
   * @return this builder
   */
  public ContainerBuilder healthCheck(java.util.function.Consumer<HealthCheck.Builder> healthCheck) {
    HealthCheck.Builder builder = HealthCheck.builder();
    healthCheck.accept(builder);
    c.healthCheck(builder.build());
    return this;
  }

  /**
   * A health check with its timing.
   *
   * @param shellCommand the command the shell runs; exit code 0 means healthy
   * @param intervalSeconds seconds between checks (5–300)
   * @param timeoutSeconds seconds a check may take before it counts as failed (2–60)
   * @param retries consecutive failures before the container is unhealthy (1–10)
   * @param startPeriodSeconds seconds after start during which failures do not count (0–300)
   * @return this builder
   * @deprecated positional numbers are easy to swap; use {@code healthCheck(shellCommand, h -> h.interval(..)
   *     .timeout(..).retries(..).startPeriod(..))}
   */
  @Deprecated(since = "0.2.0")
  public ContainerBuilder healthCheck(String shellCommand, int intervalSeconds, int timeoutSeconds, int retries,
      int startPeriodSeconds) {
    c.healthCheck(HealthCheck.builder().addCommand("CMD-SHELL", shellCommand).interval(intervalSeconds)
        .timeout(timeoutSeconds).retries(retries).startPeriod(startPeriodSeconds).build());
    return this;
  }

  /**
   * Start after another container of the task reaches the condition.
   *
   * @param containerName the other container
   * @param condition START, COMPLETE, SUCCESS or HEALTHY
   * @return this builder
   */
  public ContainerBuilder dependsOn(String containerName, ContainerCondition condition) {
    c.addDependsOn(ContainerDependency.of(containerName, condition));
    return this;
  }

  /**
   * Mount a task volume read-write.
   *
   * @param volume name of a volume of the task definition
   * @param containerPath where it appears in the container
   * @return this builder
   */
  public ContainerBuilder mount(String volume, String containerPath) {
    c.addMountPoint(MountPoint.of(volume, containerPath, false));
    return this;
  }

  /**
   * Mount a task volume read-only.
   *
   * @param volume name of a volume of the task definition
   * @param containerPath where it appears in the container
   * @return this builder
   */
  public ContainerBuilder mountReadOnly(String volume, String containerPath) {
    c.addMountPoint(MountPoint.of(volume, containerPath, true));
    return this;
  }

  /**
   * Send output to CloudWatch Logs with the awslogs driver.
   *
   * @param logGroup the CloudWatch Logs group
   * @param region the log group's region
   * @param streamPrefix prefix of the log streams, {@code prefix/container/task-id}
   * @return this builder
   */
  public ContainerBuilder awslogs(String logGroup, String region, String streamPrefix) {
    c.logConfiguration(LogConfiguration.builder().logDriver("awslogs").putOption("awslogs-group", logGroup)
        .putOption("awslogs-region", region).putOption("awslogs-stream-prefix", streamPrefix).build());
    return this;
  }

  /**
   * Seconds between SIGTERM and SIGKILL.
   *
   * @param seconds seconds between SIGTERM and SIGKILL
   * @return this builder
   */
  public ContainerBuilder stopTimeout(int seconds) {
    c.stopTimeout(seconds);
    return this;
  }

  /**
   * Seconds to wait for dependencies.
   *
   * @param seconds seconds to wait for dependencies
   * @return this builder
   */
  public ContainerBuilder startTimeout(int seconds) {
    c.startTimeout(seconds);
    return this;
  }

  /**
   * Direct access to every other field.
   *
   * @param spec sets any field of the container definition's builder
   * @return this builder
   */
  public ContainerBuilder with(Consumer<ContainerDefinition.Builder> spec) {
    spec.accept(c);
    return this;
  }

  ContainerDefinition build() {
    return c.build();
  }
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One container of a task definition. ECS API: {@code ContainerDefinition}. Field names and units are ECS's:
 * {@code cpu} in CPU units, {@code memory} (hard limit) and {@code memoryReservation} (soft limit) in MiB,
 * {@code startTimeout}/{@code stopTimeout} in seconds.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContainerDefinition.class)
@JsonDeserialize(as = ImmutableContainerDefinition.class)
public interface ContainerDefinition {
  /** Unique within the task definition: letters, digits, hyphens and underscores, up to 255. */
  String name();

  /** Image reference: {@code repository[:tag]}, {@code repository@digest}, or an ECR URI. */
  String image();

  /** Credentials for a private registry. */
  Optional<RepositoryCredentials> repositoryCredentials();

  /** CPU units reserved for the container (1024 = one vCPU). */
  Optional<Integer> cpu();

  /** Hard memory limit in MiB; the container is killed above it. */
  Optional<Integer> memory();

  /** Soft memory limit in MiB; what placement reserves when {@code memory} is unset. */
  Optional<Integer> memoryReservation();

  /** Legacy links between containers (bridge mode only). */
  List<String> links();

  /** Published ports. */
  List<PortMapping> portMappings();

  /** When an essential container stops, the task stops. True when unset. */
  Optional<Boolean> essential();

  /** Restarts the container when it exits, without replacing the task. */
  Optional<ContainerRestartPolicy> restartPolicy();

  /** Docker ENTRYPOINT override. */
  List<String> entryPoint();

  /** Docker CMD override. */
  List<String> command();

  /** Environment variables. */
  List<KeyValuePair> environment();

  /** Environment variable files in S3. */
  List<EnvironmentFile> environmentFiles();

  /** Volumes of the task mounted into this container. */
  List<MountPoint> mountPoints();

  /** Volumes of other containers mounted into this one. */
  List<VolumeFrom> volumesFrom();

  /** Linux settings. */
  Optional<LinuxParameters> linuxParameters();

  /** Secrets exposed as environment variables. */
  List<Secret> secrets();

  /** Startup dependencies on other containers of the task. */
  List<ContainerDependency> dependsOn();

  /** Seconds to wait for dependencies before giving up on starting this container. */
  Optional<Integer> startTimeout();

  /** Seconds between SIGTERM and SIGKILL when the container is stopped (Fargate max 120). */
  Optional<Integer> stopTimeout();

  /** Container hostname (not in awsvpc mode). */
  Optional<String> hostname();

  /** User (and group) the process runs as. */
  Optional<String> user();

  /** Working directory. */
  Optional<String> workingDirectory();

  /** Disable networking. */
  Optional<Boolean> disableNetworking();

  /** Privileged mode (not on Fargate). */
  Optional<Boolean> privileged();

  /** Read-only root filesystem. */
  Optional<Boolean> readonlyRootFilesystem();

  /** DNS servers (not in awsvpc mode). */
  List<String> dnsServers();

  /** Docker labels. */
  Map<String, String> dockerLabels();

  /** Resource limits. */
  List<Ulimit> ulimits();

  /** Log driver. */
  Optional<LogConfiguration> logConfiguration();

  /** Container health check. */
  Optional<HealthCheck> healthCheck();

  /** Makes this container the task's FireLens log router. */
  Optional<FirelensConfiguration> firelensConfiguration();

  /** Keep stdin open. */
  Optional<Boolean> interactive();

  /** Allocate a TTY. */
  Optional<Boolean> pseudoTerminal();

  /** Whether the container is essential (true unless {@code essential} is false). */
  default boolean isEssentialOrDefault() {
    return essential().orElse(true);
  }

  /** Memory placement reserves for this container: {@code memoryReservation} if set, else {@code memory}, else 0. */
  default int reservedMemory() {
    return memoryReservation().orElse(memory().orElse(0));
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ContainerDefinition}. */
  class Builder extends ImmutableContainerDefinition.Builder {}
}

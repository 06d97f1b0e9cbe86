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
  /**
   * {@return the container's name, unique within the task definition: letters, digits, hyphens and
   * underscores, up to 255}
   */
  String name();

  /** {@return the image reference: {@code repository[:tag]}, {@code repository@digest}, or an ECR URI} */
  String image();

  /** {@return the credentials for a private registry} */
  Optional<RepositoryCredentials> repositoryCredentials();

  /** {@return the CPU units reserved for the container (1024 = one vCPU)} */
  Optional<Integer> cpu();

  /** {@return the hard memory limit in MiB; the container is killed above it} */
  Optional<Integer> memory();

  /** {@return the soft memory limit in MiB; what placement reserves when {@code memory} is unset} */
  Optional<Integer> memoryReservation();

  /** {@return the legacy links between containers (bridge mode only)} */
  List<String> links();

  /** {@return the published ports} */
  List<PortMapping> portMappings();

  /**
   * {@return whether the container is essential: when an essential container stops, the task stops} True when
   * unset.
   */
  Optional<Boolean> essential();

  /** {@return the restart policy: restarts the container when it exits, without replacing the task} */
  Optional<ContainerRestartPolicy> restartPolicy();

  /** {@return the Docker ENTRYPOINT override} */
  List<String> entryPoint();

  /** {@return the Docker CMD override} */
  List<String> command();

  /** {@return the environment variables} */
  List<KeyValuePair> environment();

  /** {@return the environment variable files in S3} */
  List<EnvironmentFile> environmentFiles();

  /** {@return the volumes of the task mounted into this container} */
  List<MountPoint> mountPoints();

  /** {@return the volumes of other containers mounted into this one} */
  List<VolumeFrom> volumesFrom();

  /** {@return the Linux settings} */
  Optional<LinuxParameters> linuxParameters();

  /** {@return the secrets exposed as environment variables} */
  List<Secret> secrets();

  /** {@return the startup dependencies on other containers of the task} */
  List<ContainerDependency> dependsOn();

  /** {@return seconds to wait for dependencies before giving up on starting this container} */
  Optional<Integer> startTimeout();

  /** {@return seconds between SIGTERM and SIGKILL when the container is stopped (Fargate max 120)} */
  Optional<Integer> stopTimeout();

  /** {@return the container hostname (not in awsvpc mode)} */
  Optional<String> hostname();

  /** {@return the user (and group) the process runs as} */
  Optional<String> user();

  /** {@return the working directory} */
  Optional<String> workingDirectory();

  /** {@return whether networking is disabled} */
  Optional<Boolean> disableNetworking();

  /** {@return whether the container runs privileged (not on Fargate)} */
  Optional<Boolean> privileged();

  /** {@return whether the root filesystem is read-only} */
  Optional<Boolean> readonlyRootFilesystem();

  /** {@return the DNS servers (not in awsvpc mode)} */
  List<String> dnsServers();

  /** {@return the Docker labels} */
  Map<String, String> dockerLabels();

  /** {@return the resource limits} */
  List<Ulimit> ulimits();

  /** {@return the log driver} */
  Optional<LogConfiguration> logConfiguration();

  /** {@return the container health check} */
  Optional<HealthCheck> healthCheck();

  /**
   * Makes this container the task's FireLens log router.
   *
   * @return the FireLens configuration; absent for an ordinary container
   */
  Optional<FirelensConfiguration> firelensConfiguration();

  /** {@return whether stdin is kept open} */
  Optional<Boolean> interactive();

  /** {@return whether a TTY is allocated} */
  Optional<Boolean> pseudoTerminal();

  /** {@return whether the container is essential (true unless {@code essential} is false)} */
  default boolean isEssentialOrDefault() {
    return essential().orElse(true);
  }

  /**
   * Memory placement reserves for this container: {@code memoryReservation} if set, else {@code memory}, else
   * 0.
   *
   * @return the reserved memory in MiB
   */
  default int reservedMemory() {
    return memoryReservation().orElse(memory().orElse(0));
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ContainerDefinition}. */
  class Builder extends ImmutableContainerDefinition.Builder {}
}

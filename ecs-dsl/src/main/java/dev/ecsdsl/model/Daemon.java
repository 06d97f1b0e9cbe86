package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ECS Managed Daemon (2026): one task of a daemon task definition on every container instance of the named
 * Managed Instances capacity providers, started before other tasks on an instance; a daemon task that stops makes
 * ECS drain and replace its instance. ECS API: {@code CreateDaemon} (and {@code UpdateDaemon}). Read and
 * validated; not yet simulated by the runtimes (docs/SERVICE-CONNECT.md §5–6).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDaemon.class)
@JsonDeserialize(as = ImmutableDaemon.class)
public interface Daemon {
  /** {@return the daemon's name (up to 255 letters, digits, {@code _} and {@code -})} */
  String daemonName();

  /** {@return the cluster (name or ARN); {@code default} when unset} */
  Optional<String> clusterArn();

  /** {@return the daemon task definition: {@code family}, {@code family:revision} or ARN} */
  String daemonTaskDefinitionArn();

  /** {@return the Managed Instances capacity providers (names or ARNs) whose instances run the daemon} */
  List<String> capacityProviderArns();

  /** {@return how an update rolls out: drain percentage, alarms, bake time} */
  Optional<DaemonDeploymentConfiguration> deploymentConfiguration();

  /** {@return the tags} */
  List<Tag> tags();

  /** {@return whether the daemon's tags go on its tasks} */
  Optional<PropagateTags> propagateTags();

  /** {@return whether ECS managed tags are on} */
  Optional<Boolean> enableECSManagedTags();

  /** {@return whether ECS Exec is on for the daemon's tasks} */
  Optional<Boolean> enableExecuteCommand();

  /** {@return whether the daemon is critical to its instances' health} */
  Optional<Boolean> critical();

  /** {@return the cluster name or ARN, {@code default} when unset} */
  default String clusterOrDefault() {
    return clusterArn().orElse("default");
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Daemon}. */
  class Builder extends ImmutableDaemon.Builder {}
}

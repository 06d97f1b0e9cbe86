package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A daemon task definition: the blueprint of a daemon, a resource of its own apart from task definitions, with
 * revisions of a family. ECS API: {@code RegisterDaemonTaskDefinition}. ECS's DaemonContainerDefinition and
 * DaemonVolume are narrower than the container definitions and volumes held here; docs/SERVICE-CONNECT.md §5–6
 * lists the difference.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDaemonTaskDefinition.class)
@JsonDeserialize(as = ImmutableDaemonTaskDefinition.class)
public interface DaemonTaskDefinition {
  /** {@return the family (up to 255 letters, digits, {@code _} and {@code -})} */
  String family();

  /** {@return the task role} */
  Optional<String> taskRoleArn();

  /** {@return the task execution role} */
  Optional<String> executionRoleArn();

  /** {@return the containers} */
  List<ContainerDefinition> containerDefinitions();

  /** {@return CPU units of the daemon task, e.g. {@code 256}} */
  Optional<String> cpu();

  /** {@return MiB of memory of the daemon task, e.g. {@code 512}} */
  Optional<String> memory();

  /** {@return the volumes} */
  List<Volume> volumes();

  /** {@return the tags} */
  List<Tag> tags();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DaemonTaskDefinition}. */
  class Builder extends ImmutableDaemonTaskDefinition.Builder {}
}

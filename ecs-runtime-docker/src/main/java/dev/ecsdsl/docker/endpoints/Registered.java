package dev.ecsdsl.docker.endpoints;

import dev.ecsdsl.control.agent.TaskLaunch;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A task the endpoints serve: its launch, its Docker containers, the metadata key of each container and,
 * with a task role, its credentials grant.
 */
record Registered(TaskLaunch launch, Supplier<Map<String, String>> dockerContainers,
    Map<String, String> metadataKeys, Optional<Grant> grant) {

  /** The credentials of a task role, at path id {@code id}, to whoever shows {@code token}. */
  record Grant(String id, String token, RoleCredentials credentials) {}

  /** One container of a registered task. */
  record ContainerKey(Registered task, String containerName) {}
}

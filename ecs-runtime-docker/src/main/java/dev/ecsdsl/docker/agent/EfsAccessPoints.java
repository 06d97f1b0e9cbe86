package dev.ecsdsl.docker.agent;

import dev.ecsdsl.model.EfsFileSystem;
import dev.ecsdsl.model.Environment;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the EFS access points of the environment lead: the directory of its file system an access point
 * exposes as its root. A task definition names only the access point; its root directory is part of the
 * environment's EFS description, which the agent does not hold, so the runtime hands it this.
 */
@FunctionalInterface
public interface EfsAccessPoints {
  /** Knows no access point: a volume through one mounts the file system's root (or its {@code rootDirectory}). */
  EfsAccessPoints NONE = (fileSystemId, accessPointId) -> Optional.empty();

  /**
   * The root directory of access point {@code accessPointId} of file system {@code fileSystemId}
   * ({@code /} when the access point sets none); empty when the access point is unknown.
   *
   * @param fileSystemId the file system's id, e.g. {@code fs-0123}
   * @param accessPointId the access point's id, e.g. {@code fsap-0123}
   * @return the root directory, or empty
   */
  Optional<String> rootDirectory(String fileSystemId, String accessPointId);

  /**
   * The access points of the environment {@code environment} gives when asked (the deployed one; asked on
   * the control plane's thread, when a task is prepared).
   *
   * @param environment gives the deployed environment
   * @return the access points
   */
  static EfsAccessPoints of(Supplier<Environment> environment) {
    return (fileSystemId, accessPointId) -> Optional.ofNullable(environment.get())
        .flatMap(env -> env.efsFileSystem(fileSystemId))
        .map(EfsFileSystem::accessPoints)
        .flatMap(points -> points.stream().filter(p -> p.accessPointId().equals(accessPointId)).findFirst())
        .map(point -> point.rootDirectory().orElse("/"));
  }
}

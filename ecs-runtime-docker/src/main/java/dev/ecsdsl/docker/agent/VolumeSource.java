package dev.ecsdsl.docker.agent;

/**
 * Where a task volume comes from in Docker: what a mount point's {@code Bind} names.
 *
 * @param source a host path (absolute) or the name of a Docker volume
 * @param kind what {@code source} is
 */
record VolumeSource(String source, Kind kind) {
  /** What a volume is in Docker. */
  enum Kind {
    /** A host path, bind-mounted ({@code host.sourcePath}). */
    HOST_PATH,
    /** A Docker volume ({@code dockerVolumeConfiguration}, {@code host} without a path, an empty volume). */
    DOCKER_VOLUME,
    /**
     * A Docker volume standing in for EFS: mounted with {@code nocopy}, since EFS never receives a copy of
     * what the image holds at the mount path, as an empty Docker volume would.
     */
    EFS
  }

  static VolumeSource hostPath(String path) {
    return new VolumeSource(path, Kind.HOST_PATH);
  }

  static VolumeSource dockerVolume(String name) {
    return new VolumeSource(name, Kind.DOCKER_VOLUME);
  }

  static VolumeSource efs(String name) {
    return new VolumeSource(name, Kind.EFS);
  }
}

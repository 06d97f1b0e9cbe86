package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import dev.ecsdsl.docker.images.TarArchive;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's EFS file systems, each a Docker volume ({@code ecs-dsl-<runId>-efs-<fileSystemId>}) that every
 * task of the run mounting the file system shares, so what one task writes another reads. Each run starts
 * with empty file systems, and closing the run removes them.
 *
 * <p>A {@code rootDirectory} other than {@code /} is a second volume of the local driver that bind-mounts
 * that directory of the file system's volume ({@code type=none,o=bind,device=<volume's mountpoint>/<dir>}):
 * it works on Docker versions without volume subpaths, and on a remote engine, since the engine resolves the
 * path on its own host. The directory is made first, if missing, by putting it into the file system's volume
 * through a container that is created for that and never started (with the task's image, which is on the
 * engine by then). EFS would refuse to mount a missing directory; here every run's file system starts empty,
 * so making it is the useful choice.
 */
final class EfsFileSystems {
  private static final Logger LOG = LoggerFactory.getLogger(EfsFileSystems.class);
  private static final String HELPER_MOUNT = "/efs";
  private final DockerClient docker;
  private final String runId;
  private final Map<String, String> runLabels;
  private final Map<String, String> volumes = new HashMap<>();

  EfsFileSystems(DockerClient docker, String runId, Map<String, String> runLabels) {
    this.docker = docker;
    this.runId = runId;
    this.runLabels = Map.copyOf(runLabels);
  }

  /**
   * The Docker volume exposing {@code rootDirectory} of file system {@code fileSystemId}, created on first
   * use.
   *
   * @param helperImage an image on the engine, to make a missing directory with
   * @throws IllegalArgumentException when the directory is not a plain path in the file system
   */
  synchronized String volume(String fileSystemId, String rootDirectory, String helperImage) {
    List<String> directory = directory(rootDirectory);
    String fileSystem = fileSystemVolume(fileSystemId);
    if (directory.isEmpty()) {
      return fileSystem;
    }
    String path = String.join("/", directory);
    String key = fileSystemId + "\n" + path;
    String existing = volumes.get(key);
    if (existing != null) {
      return existing;
    }
    makeDirectory(fileSystem, directory, helperImage);
    String mountpoint = docker.inspectVolumeCmd(fileSystem).exec().getMountpoint();
    String name = DockerNames.efsDirectoryVolume(runId, fileSystemId, path);
    docker.createVolumeCmd().withName(name).withDriver("local")
        .withDriverOpts(Map.of("type", "none", "o", "bind", "device", mountpoint + "/" + path))
        .withLabels(labels(fileSystemId, "/" + path)).exec();
    LOG.debug("EFS {}:/{} is volume {}", fileSystemId, path, name);
    volumes.put(key, name);
    return name;
  }

  /**
   * The parts of an EFS directory: {@code /}, empty and unset are the root (no parts); {@code /a/b/} and
   * {@code a//b} are {@code [a, b]}.
   *
   * @throws IllegalArgumentException for {@code .} or {@code ..} parts, which would leave the file system
   */
  static List<String> directory(String rootDirectory) {
    List<String> parts = new ArrayList<>();
    if (rootDirectory == null) {
      return parts;
    }
    for (String part : rootDirectory.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.equals(".") || part.equals("..") || part.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("EFS root directory " + rootDirectory
            + " must be a plain path in the file system (no '.' or '..' parts)");
      }
      parts.add(part);
    }
    return parts;
  }

  private String fileSystemVolume(String fileSystemId) {
    String existing = volumes.get(fileSystemId);
    if (existing != null) {
      return existing;
    }
    String name = DockerNames.efsVolume(runId, fileSystemId);
    // Creating a volume that exists returns it: a second run-level call is harmless.
    docker.createVolumeCmd().withName(name).withDriver("local").withLabels(labels(fileSystemId, "/")).exec();
    LOG.debug("EFS {} is volume {}", fileSystemId, name);
    volumes.put(fileSystemId, name);
    return name;
  }

  /** Puts the directory (and its parents), owned by root with mode 0755 as EFS makes them, into the volume. */
  private void makeDirectory(String fileSystemVolume, List<String> directory, String helperImage) {
    TarArchive archive = new TarArchive();
    for (int i = 1; i <= directory.size(); i++) {
      archive.addDirectory(String.join("/", directory.subList(0, i)), 0755);
    }
    Map<String, String> labels = new LinkedHashMap<>(runLabels);
    labels.put(DockerLabels.ROLE, "efs-directory");
    String helper = docker.createContainerCmd(helperImage)
        .withCmd("true")
        .withLabels(labels)
        .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none")
            .withBinds(new Bind(fileSystemVolume, new Volume(HELPER_MOUNT), true)))
        .exec().getId();
    try {
      docker.copyArchiveToContainerCmd(helper)
          .withTarInputStream(new ByteArrayInputStream(archive.toByteArray()))
          .withRemotePath(HELPER_MOUNT)
          .withNoOverwriteDirNonDir(true)
          .exec();
    } finally {
      DockerCleanup.removeContainer(docker, helper);
    }
  }

  private Map<String, String> labels(String fileSystemId, String directory) {
    Map<String, String> labels = new LinkedHashMap<>(runLabels);
    labels.put(DockerLabels.VOLUME_SCOPE, DockerLabels.SCOPE_EFS);
    labels.put(DockerLabels.EFS_FILE_SYSTEM, fileSystemId);
    labels.put(DockerLabels.EFS_ROOT_DIRECTORY, directory);
    return labels;
  }
}

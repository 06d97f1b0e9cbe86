package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.model.DockerVolumeConfiguration;
import dev.ecsdsl.model.EfsVolumeConfiguration;
import dev.ecsdsl.model.Volume;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets a task's volumes ready in Docker when the task is prepared, and removes those that live as long as
 * the task when it is cleaned up. Per volume of the task definition:
 *
 * <ul>
 *   <li>{@code host.sourcePath}: a bind mount of that path on the engine's host. As ECS documents, the
 *       Docker daemon creates the path when it is missing, and the data stays there after the task (nothing
 *       here removes a host path). The path must be absolute.
 *   <li>{@code host} without a path, no configuration at all, and {@code configuredAtLaunch} (EBS, whose
 *       configuration comes with RunTask and is not modelled): an empty Docker volume that lives as long as
 *       the task ({@code ecs-dsl-<runId>-<taskId>-<volume>}).
 *   <li>{@code dockerVolumeConfiguration} with scope {@code task} (the default): a Docker volume of the
 *       given driver, options and labels, made for the task and removed when it is cleaned up. With scope
 *       {@code shared}: the Docker volume named as the task definition's volume, shared with every task on
 *       the engine; when missing it is created if {@code autoprovision} is true, else the task fails. A
 *       shared volume this run created carries the run's labels and is removed when the run closes; one that
 *       was there before is used as it is and never removed.
 *   <li>{@code efsVolumeConfiguration}: the run's stand-in for the file system ({@link EfsFileSystems}), at
 *       {@code rootDirectory}, or at the root directory of the access point when one is named and
 *       {@link EfsAccessPoints} knows it. Transit encryption and IAM authorization have nothing to do locally.
 *   <li>FSx for Windows File Server (Windows only), S3 and FSx for Lustre (not ECS volumes): the task fails.
 * </ul>
 *
 * <p>Every volume made here carries the run's labels, so that closing the run, or a later agent after a
 * crash, finds it.
 */
final class TaskVolumes {
  private static final Logger LOG = LoggerFactory.getLogger(TaskVolumes.class);
  private static final String TASK_SCOPE = "task";
  private static final String SHARED_SCOPE = "shared";
  private final DockerClient docker;
  private final String runId;
  private final Map<String, String> runLabels;
  private final EfsFileSystems efs;

  TaskVolumes(DockerClient docker, String runId, Map<String, String> runLabels, EfsFileSystems efs) {
    this.docker = docker;
    this.runId = runId;
    this.runLabels = Map.copyOf(runLabels);
    this.efs = efs;
  }

  /**
   * Makes every volume of the task ready; the Docker source of each, by volume name. Volumes made for the
   * task are registered on it as they are made, so that cleaning it up removes them also when a later one
   * fails.
   *
   * @param accessPointRoots the root directory of each EFS access point the task's volumes name
   * @throws IllegalArgumentException or {@link IllegalStateException} with a message for the task's
   *     {@code stoppedReason} when a volume cannot be made ready
   */
  Map<String, VolumeSource> prepare(DockerTask task, Map<String, String> accessPointRoots) {
    TaskLaunch launch = task.launch();
    Map<String, VolumeSource> sources = new LinkedHashMap<>();
    for (Volume volume : launch.taskDefinition().volumes()) {
      if (task.discarded()) {
        break;
      }
      sources.put(volume.name(), source(task, volume, accessPointRoots));
    }
    return sources;
  }

  /** Removes a volume made for a task, once its containers are gone. */
  void removeTaskVolume(String name) {
    if (DockerCleanup.removeVolume(docker, name)) {
      LOG.debug("removed volume {}", name);
    }
  }

  private VolumeSource source(DockerTask task, Volume volume, Map<String, String> accessPointRoots) {
    if (volume.efsVolumeConfiguration().isPresent()) {
      return efs(task.launch(), volume.efsVolumeConfiguration().get(), accessPointRoots);
    }
    if (volume.dockerVolumeConfiguration().isPresent()) {
      DockerVolumeConfiguration config = volume.dockerVolumeConfiguration().get();
      String scope = config.scope().orElse(TASK_SCOPE);
      return SHARED_SCOPE.equals(scope) ? shared(volume.name(), config)
          : taskVolume(task, volume.name(), config.driver().orElse("local"), config.driverOpts(), config.labels());
    }
    Optional<String> sourcePath = volume.host().flatMap(h -> h.sourcePath());
    if (sourcePath.isPresent()) {
      if (!sourcePath.get().startsWith("/")) {
        throw new IllegalArgumentException("volume " + volume.name() + ": host sourcePath " + sourcePath.get()
            + " must be an absolute path");
      }
      return VolumeSource.hostPath(sourcePath.get());
    }
    if (volume.fsxWindowsFileServerVolumeConfiguration().isPresent()) {
      throw new IllegalArgumentException("volume " + volume.name() + ": FSx for Windows File Server volumes need"
          + " Windows container instances; the Docker runtime runs Linux containers");
    }
    if (volume.s3VolumeConfiguration().isPresent() || volume.fsxLustreVolumeConfiguration().isPresent()) {
      throw new IllegalArgumentException("volume " + volume.name() + ": ECS has no such volume type");
    }
    return taskVolume(task, volume.name(), "local", Map.of(), Map.of());
  }

  private VolumeSource efs(TaskLaunch launch, EfsVolumeConfiguration config, Map<String, String> accessPointRoots) {
    String root = config.rootDirectory().orElse("/");
    Optional<String> accessPoint = config.authorizationConfig().flatMap(a -> a.accessPointId());
    if (accessPoint.isPresent() && accessPointRoots.containsKey(accessPoint.get())) {
      root = accessPointRoots.get(accessPoint.get());
    }
    String helperImage = ImageReferences.local(launch.taskDefinition().containerDefinitions().get(0).image());
    return VolumeSource.efs(efs.volume(config.fileSystemId(), root, helperImage));
  }

  private VolumeSource taskVolume(DockerTask task, String volumeName, String driver, Map<String, String> driverOpts,
      Map<String, String> userLabels) {
    TaskLaunch launch = task.launch();
    String name = DockerNames.taskVolume(runId, launch, volumeName);
    Map<String, String> labels = new LinkedHashMap<>(userLabels);
    labels.putAll(runLabels);
    labels.put(DockerLabels.CLUSTER, launch.clusterName());
    labels.put(DockerLabels.TASK, launch.taskId());
    labels.put(DockerLabels.VOLUME_SCOPE, DockerLabels.SCOPE_TASK);
    docker.createVolumeCmd().withName(name).withDriver(driver).withDriverOpts(driverOpts).withLabels(labels).exec();
    if (!task.registerVolume(name)) {
      removeTaskVolume(name);
    }
    return VolumeSource.dockerVolume(name);
  }

  private VolumeSource shared(String name, DockerVolumeConfiguration config) {
    try {
      docker.inspectVolumeCmd(name).exec();
      return VolumeSource.dockerVolume(name);
    } catch (NotFoundException e) {
      if (!config.autoprovision().orElse(false)) {
        throw new IllegalStateException("shared Docker volume " + name + " does not exist and autoprovision is"
            + " false; create it first, or set autoprovision", e);
      }
    }
    Map<String, String> labels = new LinkedHashMap<>(config.labels());
    labels.putAll(runLabels);
    labels.put(DockerLabels.VOLUME_SCOPE, DockerLabels.SCOPE_SHARED);
    docker.createVolumeCmd().withName(name).withDriver(config.driver().orElse("local"))
        .withDriverOpts(config.driverOpts()).withLabels(labels).exec();
    LOG.debug("autoprovisioned shared volume {}", name);
    return VolumeSource.dockerVolume(name);
  }
}

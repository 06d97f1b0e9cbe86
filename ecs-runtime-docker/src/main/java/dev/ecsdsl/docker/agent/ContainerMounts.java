package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.SELContext;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.api.model.VolumesFrom;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.MountPoint;
import dev.ecsdsl.model.VolumeFrom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A container's {@code mountPoints} and {@code volumesFrom} as Docker's {@code HostConfig.Binds} and
 * {@code HostConfig.VolumesFrom}, as the ECS agent passes them: each mount point binds its volume's Docker
 * source ({@link VolumeSource}) at {@code containerPath}, read-only when {@code readOnly}; each
 * {@code volumesFrom} names the Docker container of the task's source container.
 */
final class ContainerMounts {
  private ContainerMounts() {}

  /** Sets the container's binds and volumes-from on {@code host}. */
  static HostConfig apply(HostConfig host, TaskLaunch task, ContainerDefinition container, String runId,
      Map<String, VolumeSource> sources) {
    List<Bind> binds = binds(container, sources);
    if (!binds.isEmpty()) {
      host.withBinds(binds);
    }
    List<VolumesFrom> volumesFrom = volumesFrom(task, container, runId);
    if (!volumesFrom.isEmpty()) {
      host.withVolumesFrom(volumesFrom);
    }
    return host;
  }

  /**
   * One bind per mount point.
   *
   * @throws IllegalStateException when a mount point names a volume the task does not have
   */
  static List<Bind> binds(ContainerDefinition container, Map<String, VolumeSource> sources) {
    List<Bind> binds = new ArrayList<>();
    for (MountPoint mount : container.mountPoints()) {
      String volume = mount.sourceVolume().orElseThrow(() -> new IllegalStateException("a mount point of container "
          + container.name() + " names no sourceVolume"));
      String path = mount.containerPath().orElseThrow(() -> new IllegalStateException("mount point " + volume
          + " of container " + container.name() + " has no containerPath"));
      VolumeSource source = sources.get(volume);
      if (source == null) {
        throw new IllegalStateException("container " + container.name() + " mounts volume " + volume
            + ", which the task definition does not have");
      }
      AccessMode mode = mount.readOnly().orElse(false) ? AccessMode.ro : AccessMode.rw;
      binds.add(new Bind(source.source(), new Volume(path), mode, SELContext.DEFAULT,
          source.kind() == VolumeSource.Kind.EFS ? Boolean.TRUE : null));
    }
    return binds;
  }

  /** The task's other containers whose volumes the container mounts, by their Docker names. */
  static List<VolumesFrom> volumesFrom(TaskLaunch task, ContainerDefinition container, String runId) {
    List<VolumesFrom> from = new ArrayList<>();
    for (VolumeFrom volumeFrom : container.volumesFrom()) {
      String source = volumeFrom.sourceContainer().orElseThrow(() -> new IllegalStateException(
          "a volumesFrom of container " + container.name() + " names no sourceContainer"));
      task.container(source);
      from.add(new VolumesFrom(DockerNames.container(runId, task, source),
          volumeFrom.readOnly().orElse(false) ? AccessMode.ro : AccessMode.rw));
    }
    return from;
  }
}

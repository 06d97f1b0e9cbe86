package dev.ecsdsl.docker.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.VolumesFrom;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.MountPoint;
import dev.ecsdsl.model.VolumeFrom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** mountPoints and volumesFrom → Docker's Binds and VolumesFrom, without an engine. */
class ContainerMountsTest {
  private static final Map<String, VolumeSource> SOURCES = Map.of(
      "shared", VolumeSource.efs("ecs-dsl-r1-efs-fs-1"),
      "scratch", VolumeSource.dockerVolume("ecs-dsl-r1-t1-scratch"),
      "config", VolumeSource.hostPath("/etc/app"));

  @Test
  void eachMountPointBindsItsVolumesSourceReadOnlyWhenAskedAndEfsWithoutCopyingTheImage() {
    ContainerDefinition app = ContainerDefinition.builder().name("app").image("busybox")
        .addMountPoints(MountPoint.of("shared", "/mnt/efs", false))
        .addMountPoints(MountPoint.of("scratch", "/tmp/scratch", false))
        .addMountPoints(MountPoint.of("config", "/etc/app", true))
        .build();

    List<String> binds = ContainerMounts.binds(app, SOURCES).stream().map(Bind::toString).toList();

    assertThat(binds).containsExactly("ecs-dsl-r1-efs-fs-1:/mnt/efs:rw,nocopy", "ecs-dsl-r1-t1-scratch:/tmp/scratch:rw",
        "/etc/app:/etc/app:ro");
  }

  @Test
  void aMountPointOfAVolumeTheTaskLacksIsRefused() {
    ContainerDefinition app = ContainerDefinition.builder().name("app").image("busybox")
        .addMountPoints(MountPoint.of("missing", "/data", false)).build();

    assertThatThrownBy(() -> ContainerMounts.binds(app, SOURCES)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("volume missing");
  }

  @Test
  void volumesFromNamesTheDockerContainerOfTheTasksSourceContainer() {
    ContainerDefinition data = ContainerDefinition.builder().name("data").image("busybox").build();
    ContainerDefinition reader = ContainerDefinition.builder().name("reader").image("busybox")
        .addVolumesFrom(VolumeFrom.builder().sourceContainer("data").readOnly(true).build()).build();
    TaskLaunch task = Launches.launch(Launches.definition("pair", data, reader));

    List<VolumesFrom> from = ContainerMounts.volumesFrom(task, reader, "r1");

    assertThat(from).extracting(VolumesFrom::toString)
        .containsExactly("ecs-dsl-r1-" + task.taskId() + "-data:ro");
  }
}

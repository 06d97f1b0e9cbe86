package dev.ecsdsl.docker.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.model.ContainerDefinition;
import org.junit.jupiter.api.Test;

/** EFS root directories as paths inside the file system's volume, without an engine. */
class EfsFileSystemsTest {

  @Test
  void theRootIsNoDirectoryAndOtherPathsAreTheirParts() {
    assertThat(EfsFileSystems.directory(null)).isEmpty();
    assertThat(EfsFileSystems.directory("/")).isEmpty();
    assertThat(EfsFileSystems.directory("")).isEmpty();
    assertThat(EfsFileSystems.directory("/app/data/")).containsExactly("app", "data");
    assertThat(EfsFileSystems.directory("app//data")).containsExactly("app", "data");
  }

  @Test
  void aPathThatCouldLeaveTheFileSystemIsRefused() {
    assertThatThrownBy(() -> EfsFileSystems.directory("/app/../../etc")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no '.' or '..' parts");
    assertThatThrownBy(() -> EfsFileSystems.directory("./app")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void volumeNamesCarryTheRunAndFileSystemAndStayWithinDockersLimit() {
    assertThat(DockerNames.efsVolume("r1", "fs-12345678")).isEqualTo("ecs-dsl-r1-efs-fs-12345678");
    assertThat(DockerNames.efsDirectoryVolume("r1", "fs-12345678", "app/data"))
        .startsWith("ecs-dsl-r1-efs-fs-12345678-").hasSize("ecs-dsl-r1-efs-fs-12345678-".length() + 12)
        .isNotEqualTo(DockerNames.efsDirectoryVolume("r1", "fs-12345678", "app/other"));
    String longName = DockerNames.taskVolume("r1", Launches.launch(Launches.definition("t",
        ContainerDefinition.builder().name("a").image("busybox").build())), "v".repeat(300));
    assertThat(longName).hasSize(255).matches("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
  }
}

package dev.ecsdsl.examples.efs;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;
import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.docker.DockerEcs;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.validation.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A worker pool across two zones sharing one EFS file system: a task in one zone writes a file, a task in
 * the other reads it (real containers: runs in the build's Docker execution, {@code -Decs.runtime=docker}).
 * S3 and FSx for Lustre volumes, which ECS does not mount into Linux tasks this way, are refused by
 * validation before anything runs.
 */
@EcsTest(seed = 3)
class SharedEfsWorkersTest {
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  static EnvironmentBuilder workers(String image) {
    return Ecs.environment("efs-workers")
        .vpc(v -> v.cidr("10.0.0.0/16")
            .subnet("subnet-a", "us-east-1a", "10.0.1.0/24").subnet("subnet-b", "us-east-1b", "10.0.2.0/24"))
        .efs("fs-orders", e -> e.mountTargets("subnet-a", "subnet-b"))
        .cluster("prod", c -> c
            .instanceGroup("zone-a", g -> g.instanceType("m5.large").count(1).zones("us-east-1a"))
            .instanceGroup("zone-b", g -> g.instanceType("m5.large").count(1).zones("us-east-1b")))
        .taskDefinition("writer", td -> td.ec2().efsVolume("orders", "fs-orders")
            .container("app", a -> a.image(image).memoryReservation(32).mount("orders", "/mnt/orders")
                .command("sh", "-c", "echo order-42 shipped > /mnt/orders/status")))
        .taskDefinition("reader", td -> td.ec2().efsVolume("orders", "fs-orders")
            .container("app", a -> a.image(image).memoryReservation(32).mountReadOnly("orders", "/mnt/orders")
                .command("sh", "-c", "cat /mnt/orders/status")));
  }

  private static Task runIn(DockerEcs ecs, String family, String zone) {
    Task task = ecs.ecs().runTask(r -> r.cluster("prod").taskDefinition(family)
        .addPlacementConstraints(dev.ecsdsl.model.PlacementConstraint.memberOf(
            "attribute:ecs.availability-zone == " + zone))).tasks().get(0);
    ecs.await(family + " task STOPPED", r -> describe(r, task).lastStatus() == TaskStatus.STOPPED).atMost(PATIENCE);
    return describe(ecs, task);
  }

  private static Task describe(EcsRuntime runtime, Task task) {
    return runtime.ecs().describeTasks(r -> r.cluster("prod").tasks(task.taskArn())).task();
  }

  @Test
  void aTaskInOneZoneWritesAndATaskInTheOtherReadsTheSameFile(DockerEcs ecs) {
    ecs.deploy(workers(TestImages.busybox(ecs.docker())).build());

    Task writer = runIn(ecs, "writer", "us-east-1a");
    Task reader = runIn(ecs, "reader", "us-east-1b");

    assertThat(writer).isStopped().container("app").hasExitCode(0);
    assertThat(reader).isStopped().container("app").hasExitCode(0);
    assertThat(reader.availabilityZone()).isNotEqualTo(writer.availabilityZone());
    assertThat(ecs.logs().getLogEvents(r -> r.cluster("prod").task(reader.taskArn()).container("app")).messages())
        .containsExactly("order-42 shipped");
  }

  @Test
  void s3AndFsxForLustreVolumesAreRefusedBeforeAnythingRuns() {
    assertThatThrownBy(() -> workers("busybox").taskDefinition("archiver", td -> td.ec2()
            .volume("archive", v -> v.s3("orders-archive"))
            .container("app", a -> a.image("busybox").memoryReservation(32).mount("archive", "/archive")))
        .build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("task definition archiver")
        .hasMessageContaining("[s3-volume-unsupported]");
    assertThatThrownBy(() -> workers("busybox").taskDefinition("scratch", td -> td.ec2()
            .volume("scratch", v -> v.fsxLustre("fs-0123456789abcdef0"))
            .container("app", a -> a.image("busybox").memoryReservation(32).mount("scratch", "/scratch")))
        .build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("task definition scratch")
        .hasMessageContaining("[fsx-lustre-volume-unsupported]");
  }
}

package dev.ecsdsl.docker;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.time.Duration;

/**
 * A program that runs a Docker runtime in a JVM of its own and never closes it, for {@link CrashedRunTest}:
 * it starts a task with a container, a network and an EFS volume, prints {@code run <runId>} and
 * {@code ready}, then either exits at once ({@code exit}: the shutdown hook must clean up) or waits to be
 * killed ({@code wait}: the next agent must clean up).
 */
public final class ChildRun {
  private ChildRun() {}

  /** {@code exit} or {@code wait}. */
  public static void main(String[] args) throws InterruptedException {
    DockerEcs ecs = DockerEcs.create(11, DockerTesting.QUICK);
    String busybox = TestImages.busybox(ecs.docker());
    ecs.deploy(Ecs.environment("child")
        .efs("fs-child")
        .cluster("child", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1).zones("us-east-1a")))
        .taskDefinition("app", td -> td.efsVolume("data", "fs-child")
            .container("app", a -> a.image(busybox).memory(64).mount("data", "/data")
                .command("sh", "-c", "echo alive > /data/f; while true; do sleep 1; done")))
        .build());
    Task task = ecs.ecs().runTask(RunTaskRequest.of("child", "app", 1)).tasks().get(0);
    System.out.println("run " + ecs.runId());
    try {
      ecs.await("the task to run", r -> r.ecs().describeTasks(d -> d.cluster("child").tasks(task.taskArn())).task()
          .lastStatus() == TaskStatus.RUNNING).atMost(Duration.ofSeconds(60));
    } catch (WaitTimeoutException e) {
      System.out.println("not running: " + ecs.events().timeline());
      System.exit(2);
    }
    System.out.println("ready");
    if (args.length > 0 && args[0].equals("exit")) {
      System.exit(0);
    }
    Thread.sleep(Duration.ofMinutes(5).toMillis());
  }
}

package dev.ecsdsl.docker;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.docker.engine.DockerUnavailableException;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A program for {@link FrozenEngineTest}, run in a JVM of its own with {@code DOCKER_HOST} pointing at a
 * {@link FreezableEngine}: it runs a task, prints {@code run <runId>} and {@code ready}, waits for a line on its
 * input (the engine has been frozen), then waits on the runtime as a test would and prints what ended the wait
 * ({@code lost after <ms> ms: <message>}), asks for one more task and prints how it ended, closes the runtime
 * ({@code closed after <ms> ms}) and exits.
 */
public final class FrozenEngineRun {
  private FrozenEngineRun() {}

  /** Takes no arguments. */
  public static void main(String[] args) throws Exception {
    DockerEcs ecs = DockerEcs.create(7, DockerTesting.QUICK);
    String busybox = TestImages.busybox(ecs.docker());
    ecs.deploy(Ecs.environment("frozen")
        .cluster("frozen", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1).zones("us-east-1a")))
        .taskDefinition("app", td -> td.container("app", a -> a.image(busybox).memory(64)
            .command("sh", "-c", DockerTesting.RUNS_UNTIL_STOPPED)))
        .build());
    Task task = ecs.ecs().runTask(RunTaskRequest.of("frozen", "app", 1)).tasks().get(0);
    System.out.println("run " + ecs.runId());
    try {
      ecs.await("the task to run", r -> describe(r, task).lastStatus() == TaskStatus.RUNNING)
          .atMost(Duration.ofSeconds(60));
    } catch (WaitTimeoutException e) {
      System.out.println("not running: " + ecs.events().timeline());
      System.exit(2);
    }
    System.out.println("ready");
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();

    long start = System.nanoTime();
    try {
      ecs.await("nothing", r -> false).atMost(Duration.ofMinutes(5));
    } catch (WaitTimeoutException e) {
      System.out.println("not lost: the wait ran out");
    } catch (DockerUnavailableException e) {
      System.out.println("lost after " + (System.nanoTime() - start) / 1_000_000 + " ms: " + e.getMessage());
    }
    Task late = ecs.ecs().runTask(RunTaskRequest.of("frozen", "app", 1)).tasks().get(0);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (describe(ecs, late).lastStatus() != TaskStatus.STOPPED && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Task stopped = describe(ecs, late);
    System.out.println("late task " + stopped.lastStatus() + ": " + stopped.stoppedReason().orElse(""));
    long closing = System.nanoTime();
    ecs.close();
    System.out.println("closed after " + (System.nanoTime() - closing) / 1_000_000 + " ms");
    System.exit(0);
  }

  private static Task describe(EcsRuntime ecs, Task task) {
    return ecs.ecs().describeTasks(d -> d.cluster("frozen").tasks(task.taskArn())).task();
  }
}

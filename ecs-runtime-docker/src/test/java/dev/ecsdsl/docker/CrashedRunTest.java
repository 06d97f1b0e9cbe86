package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.docker.agent.DockerAgent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A runtime in another JVM that is never closed: if that JVM exits, its shutdown hook removes what the
 * run created; if it is killed, its watchdog removes what it left, with no other run started; and without
 * a watchdog, the next agent made on the engine does.
 */
@RequiresDocker
class CrashedRunTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Test
  void aJvmThatExitsWithoutClosingItsRuntimeLeavesNothing() throws Exception {
    try (Child child = Child.start("exit")) {
      String runId = child.awaitReady();

      assertThat(child.process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the child exits").isTrue();

      assertThat(child.process.exitValue()).isZero();
      assertNothingLeft(runId);
    }
  }

  @Test
  void whatAKilledJvmLeftIsRemovedByItsWatchdogWithNoOtherRunStarted() throws Exception {
    String runId;
    try (Child child = Child.start("wait")) {
      runId = child.awaitReady();
      assertThat(DockerTesting.containersOf(ENGINE.docker(), runId)).as("what the run made").isNotEmpty();
      assertThat(DockerTesting.natRules()).contains(DockerTesting.natRuleComment(runId));

      child.process.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertThat(child.process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the child is killed").isTrue();
    }
    long killed = System.nanoTime();

    assertThat(DockerTesting.awaitNothingLeft(ENGINE.docker(), runId, PATIENCE))
        .as("the watchdog removed everything of run %s", runId).isTrue();
    // the measurement BENCHMARKS.md records (not asserted: the machine may be loaded)
    System.out.println("killed run: nothing left " + (System.nanoTime() - killed) / 1_000_000 + " ms after the kill");
    assertNothingLeft(runId);
  }

  @Test
  void whatAKilledJvmWithoutAWatchdogLeftIsRemovedByTheNextAgent() throws Exception {
    String runId;
    try (Child child = Child.start("wait", "-Decsdsl.watchdog=false")) {
      runId = child.awaitReady();
      // Checked while the child lives: once it is killed, any agent on this engine (another build's too) may
      // sweep its run first, so what the kill left is only certain up to the kill (a kill -9 runs no hook).
      assertThat(DockerTesting.containersOf(ENGINE.docker(), runId)).as("what the kill will leave").isNotEmpty();
      assertThat(DockerTesting.networksOf(ENGINE.docker(), runId)).isNotEmpty();
      assertThat(DockerTesting.volumesOf(ENGINE.docker(), runId)).isNotEmpty();
      assertThat(DockerTesting.natRules()).contains(DockerTesting.natRuleComment(runId));
      child.process.destroyForcibly();
      assertThat(child.process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the child is killed").isTrue();
    }

    DockerAgent next = new DockerAgent(ENGINE.docker(), "t" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    try {
      next.abandonedRunsRemoved().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } finally {
      next.close();
    }

    assertNothingLeft(runId);
  }


  private static void assertNothingLeft(String runId) {
    ENGINE.assertNothingLeft(runId);
  }

  /** {@link ChildRun} in a JVM of its own, its output in a file. */
  private record Child(Process process, Path output) implements AutoCloseable {
    static Child start(String mode, String... jvmOptions) throws IOException {
      Path output = Files.createTempFile("ecs-dsl-child", ".out");
      List<String> command = new java.util.ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of(jvmOptions));
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildRun.class.getName(), mode));
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true).redirectOutput(output.toFile()).start();
      return new Child(process, output);
    }

    /** Waits for {@code ready}; returns the child's run id. */
    String awaitReady() throws IOException, InterruptedException {
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (System.nanoTime() < deadline) {
        List<String> lines = Files.readAllLines(output);
        Optional<String> run = lines.stream().filter(l -> l.startsWith("run ")).map(l -> l.substring(4)).findFirst();
        if (run.isPresent() && lines.contains("ready")) {
          return run.get();
        }
        if (!process.isAlive()) {
          break;
        }
        Thread.sleep(100);
      }
      throw new AssertionError("the child was not ready; it wrote:\n" + Files.readString(output));
    }

    /** Kills the child if it still runs (a failed test) and deletes its output. */
    @Override
    public void close() throws IOException {
      if (process.isAlive()) {
        try {
          process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      Files.deleteIfExists(output);
    }
  }
}

package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An engine that stops answering in the middle of a run, as {@code kill -STOP dockerd} makes it: the run
 * says so once, with the engine's address and what to do, instead of hanging; it starts no container after
 * that; its close does not wait on the engine; and its watchdog removes what it made once the engine is back
 * and the JVM has ended. The shared engine is not frozen: the run's JVM reaches it through a {@link
 * FreezableEngine}. No timing is asserted (the machine may be loaded); how long detection takes is measured in
 * BENCHMARKS.md.
 */
@RequiresDocker
class FrozenEngineTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  @Test
  void aFrozenEngineIsReportedOnceWithWhatToDoAndNothingWaitsOnIt() throws Exception {
    String runId;
    List<String> output;
    try (FreezableEngine engine = new FreezableEngine()) {
      Path log = Files.createTempFile("ecs-dsl-frozen", ".out");
      try {
        Process child = start(engine, log);
        try {
          runId = awaitLine(child, log, "run ").orElseThrow(() -> new AssertionError(read(log))).substring(4);
          awaitLine(child, log, "ready").orElseThrow(() -> new AssertionError(read(log)));
          int before = engine.requestLines().size();

          engine.freeze();
          try (OutputStream in = child.getOutputStream()) {
            in.write("frozen\n".getBytes(StandardCharsets.UTF_8));
          }
          assertThat(child.waitFor(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS)).as(read(log)).isTrue();
          output = Files.readAllLines(log);
          // the measurements BENCHMARKS.md records (not asserted: the machine may be loaded)
          output.stream().filter(l -> l.startsWith("lost after ") || l.startsWith("closed after "))
              .forEach(l -> System.out.println("frozen engine: " + l.substring(0, Math.min(l.length(), 60))));
          List<String> sentWhileFrozen = engine.requestLines().subList(before, engine.requestLines().size());

          assertThat(output).as(read(log)).anyMatch(l -> l.startsWith("lost after ")
              && l.contains("The Docker engine at " + engine.dockerHost() + " stopped answering")
              && l.contains("bin/setup-docker"));
          assertThat(output.stream().filter(l -> l.contains("stopped answering (2 pings")))
              .as("the loss is reported once (in the log), and once more by the failed wait").hasSize(2);
          assertThat(output).anyMatch(l -> l.startsWith("late task STOPPED: ") && l.contains("stopped answering"));
          assertThat(output).anyMatch(l -> l.startsWith("closed after "));
          assertThat(sentWhileFrozen).as("no container is created once the engine is frozen")
              .noneMatch(l -> l.contains("/containers/create"));
        } finally {
          child.destroyForcibly().waitFor();
        }
      } finally {
        Files.deleteIfExists(log);
      }

      engine.thaw();
      long thawed = System.nanoTime();
      assertThat(DockerTesting.awaitNothingLeft(ENGINE.docker(), runId, PATIENCE)).as("the watchdog removed run %s once the engine answered", runId).isTrue();
      System.out.println("frozen engine: the watchdog removed the run " + (System.nanoTime() - thawed) / 1_000_000
          + " ms after the engine was thawed");
    }
    ENGINE.assertNothingLeft(runId);
  }

  private static Process start(FreezableEngine engine, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), FrozenEngineRun.class.getName()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("DOCKER_HOST", engine.dockerHost());
    return builder.start();
  }

  private static Optional<String> awaitLine(Process child, Path log, String prefix) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<String> line = Files.readAllLines(log).stream().filter(l -> l.startsWith(prefix)).findFirst();
      if (line.isPresent() || !child.isAlive()) {
        return line;
      }
      Thread.sleep(100);
    }
    return Optional.empty();
  }


  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }
}

package dev.ecsdsl.examples.tour;

import dev.ecsdsl.cli.Main;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.inmemory.InMemoryEcs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helpers: the in-memory tour's recording, and {@code bin/ecs-dsl} run in-process. */
final class TourRun {
  private TourRun() {}

  /** The in-memory tour's recording for {@code seed}, its runtime closed. */
  static TourRecording inMemory(long seed) {
    try (InMemoryEcs ecs = InMemoryEcs.create(seed, InMemoryTour.START, Timings.defaults())) {
      return new InMemoryTour(ecs).run();
    }
  }

  /** What {@code bin/ecs-dsl ARGS} did: its exit code, standard output and standard error. */
  record Result(int code, String out, String err) {}

  static Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}

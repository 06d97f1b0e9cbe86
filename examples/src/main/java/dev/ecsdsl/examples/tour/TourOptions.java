package dev.ecsdsl.examples.tour;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The options of {@code bin/ecs-dsl tour}.
 *
 * @param runtime which runtime to run on
 * @param report where the HTML report goes
 * @param seed the seed of the runtime (the in-memory tour is the same for the same seed)
 */
public record TourOptions(Runtime runtime, Path report, long seed) {
  /** Where the report goes unless {@code --report} says otherwise. */
  public static final Path DEFAULT_REPORT = Path.of("target", "ecs-dsl-tour.html");
  /** The seed unless {@code --seed} says otherwise. */
  public static final long DEFAULT_SEED = 42;

  /** The runtimes the tour runs on. */
  public enum Runtime {
    /** The simulated control plane on a virtual clock. */
    INMEMORY,
    /** The same control plane with real containers on the local Docker engine. */
    DOCKER
  }

  /** A usage error: an unknown option, a missing or bad value. */
  public static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  /**
   * Reads {@code [--runtime inmemory|docker] [--report FILE] [--seed S]}.
   *
   * @param args the tour's arguments
   * @return the options
   * @throws UsageException for an unknown option, or one without its value
   */
  public static TourOptions parse(List<String> args) throws UsageException {
    Runtime runtime = Runtime.INMEMORY;
    Path report = DEFAULT_REPORT;
    long seed = DEFAULT_SEED;
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      if (!List.of("--runtime", "--report", "--seed").contains(option)) {
        throw new UsageException("unknown option '" + option + "'");
      }
      if (i + 1 >= args.size()) {
        throw new UsageException(option + " needs a value");
      }
      String value = args.get(++i);
      switch (option) {
        case "--runtime" -> runtime = switch (value) {
          case "inmemory" -> Runtime.INMEMORY;
          case "docker" -> Runtime.DOCKER;
          default -> throw new UsageException("--runtime is inmemory or docker, not '" + value + "'");
        };
        case "--report" -> report = parsePath(value);
        default -> seed = parseSeed(value);
      }
    }
    return new TourOptions(runtime, report, seed);
  }

  private static Path parsePath(String value) throws UsageException {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException("--report: not a file name: " + e.getMessage());
    }
  }

  private static long parseSeed(String value) throws UsageException {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--seed takes a whole number, not '" + value + "'");
    }
  }
}

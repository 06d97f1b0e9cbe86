package dev.ecsdsl.api;

import dev.ecsdsl.cli.Command;
import dev.ecsdsl.inmemory.InMemoryEcs;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/ecs-dsl serve}: an in-memory ECS behind the ECS API on 127.0.0.1 until interrupted, for
 * the AWS CLI and SDKs ({@code --endpoint-url http://127.0.0.1:PORT}).
 */
public final class ServeCommand implements Command {

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "serve an in-memory ECS on 127.0.0.1 for the AWS CLI and SDKs";
  }

  @Override
  public String usage() {
    return """
        usage: bin/ecs-dsl serve [--port N] [--speed X | --manual] [--seed S]

        Serves an empty in-memory ECS (create clusters, register task definitions, run tasks and services
        through the API) on 127.0.0.1 until interrupted (Ctrl-C).
          --port N     the port (default 8080; 0 picks a free one)
          --speed X    virtual seconds per wall second (default 60), so that waiters finish quickly
          --manual     the clock moves only on POST /_ecsdsl/advance {"seconds": n}
                       (Content-Type: application/json)
          --seed S     the seed of the runtime (default 1)

        No authentication: any program on this machine can call it (see README, Limits and guarantees).

        Example: aws ecs list-clusters --endpoint-url http://127.0.0.1:8080 --region us-east-1""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("ecs-dsl serve: " + e.getMessage());
      err.println(usage());
      return USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (InMemoryEcs ecs = InMemoryEcs.create(options.seed());
         EcsApiServer server = EcsApiServer.start(ecs, options.port(), options.clock())) {
      out.println("ecs-dsl: ECS API on " + server.endpoint() + " (clock: "
          + (options.clock().isManual() ? "manual" : options.clock().speed() + "x wall clock") + ", seed "
          + options.seed() + ")");
      out.println("ecs-dsl: try  aws ecs list-clusters --endpoint-url " + server.endpoint() + " --region us-east-1");
      out.flush();
      Thread hook = new Thread(stopped::countDown, "ecs-dsl-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        stopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the JVM is exiting: the hook has run
        }
      }
    } catch (java.io.UncheckedIOException e) {
      err.println("ecs-dsl serve: " + e.getMessage());
      return INVALID;
    }
    return OK;
  }

  /** The command's options. */
  record Options(int port, ClockMode clock, long seed) {
    static Options parse(List<String> args) {
      int port = 8080;
      ClockMode clock = ClockMode.wallClock(60);
      long seed = 1;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        switch (arg) {
          case "--port" -> port = number(args, ++i, arg, 0, 65535);
          case "--speed" -> clock = ClockMode.wallClock(decimal(args, ++i, arg));
          case "--manual" -> clock = ClockMode.manual();
          case "--seed" -> seed = number(args, ++i, arg, Integer.MIN_VALUE, Integer.MAX_VALUE);
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      return new Options(port, clock, seed);
    }

    private static int number(List<String> args, int index, String option, int min, int max) {
      String value = value(args, index, option);
      try {
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
          throw new IllegalArgumentException(option + " must be " + min + "-" + max + ", was " + value);
        }
        return number;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " takes a whole number, was " + value);
      }
    }

    private static double decimal(List<String> args, int index, String option) {
      String value = value(args, index, option);
      try {
        double number = Double.parseDouble(value);
        if (!(number > 0) || Double.isInfinite(number)) {
          throw new IllegalArgumentException(option + " must be above 0, was " + value);
        }
        return number;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " takes a number, was " + value);
      }
    }

    private static String value(List<String> args, int index, String option) {
      if (index >= args.size()) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args.get(index);
    }
  }
}

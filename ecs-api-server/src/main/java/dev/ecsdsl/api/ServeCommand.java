package dev.ecsdsl.api;

import dev.ecsdsl.cli.Command;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.validation.ValidationException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * {@code bin/ecs-dsl serve}: in-memory ECS behind the ECS API on 127.0.0.1 until interrupted, for the AWS CLI and
 * SDKs. Every region a caller signs for is a fresh account of its own (default VPC, {@code default} cluster with
 * Fargate); the default region also gets the {@code --instances} and {@code --environment} files. The virtual
 * clocks start at the wall clock's time.
 */
public final class ServeCommand implements Command {

  /** Creates the command ({@link java.util.ServiceLoader} needs a public constructor). */
  public ServeCommand() {
    // nothing to set up
  }

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
        usage: bin/ecs-dsl serve [--port N] [--region R] [--instances TYPE=N]... [--environment FILE]...
                                 [--speed X | --manual] [--seed S]

        Serves an in-memory ECS on 127.0.0.1 until interrupted (Ctrl-C). Every region is a fresh account: its
        default VPC (a subnet per zone, the default security group) and a "default" cluster with FARGATE and
        FARGATE_SPOT. The region a call is signed for decides which one it sees.
          --port N              the port (default 8080; 0 picks a free one)
          --region R            the region of unsigned calls and of the options below (default us-east-1)
          --instances TYPE=N    N EC2 container instances of TYPE in the default cluster, over zones a-c
                                (e.g. m5.large=3; repeat or separate with commas for more types)
          --environment FILE    a task definition (register-task-definition input) or a service
                                (create-service input) JSON file, registered or created at start; repeat
          --speed X             virtual seconds per wall second (default 60), so that waiters finish quickly
          --manual              the clock moves only on POST /_ecsdsl/advance {"seconds": n}
                                (Content-Type: application/json)
          --seed S              the seed of the runtimes (default 1)

        No authentication: any program on this machine can call it (see README, Limits and guarantees).""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    ServeOptions options;
    ServeEnvironment environment;
    try {
      options = ServeOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("ecs-dsl serve: " + e.getMessage());
      err.println(usage());
      return USAGE;
    }
    Environment home;
    try {
      environment = ServeEnvironment.read(options);
      home = environment.in(options.region());
    } catch (IllegalArgumentException | ValidationException e) {
      err.println("ecs-dsl serve: " + e.getMessage());
      return INVALID;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    try (EcsApiServer server = EcsApiServer.startRegional(options.region(), region -> {
      InMemoryEcs ecs = InMemoryEcs.create(options.seed(), start, Timings.defaults());
      ecs.deploy(region.equals(options.region()) ? home : environment.in(region));
      return ecs;
    }, options.port(), options.clock())) {
      describe(out, server, home, options);
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

  private static void describe(PrintStream out, EcsApiServer server, Environment home, ServeOptions options) {
    String endpoint = server.endpoint().toString();
    List<Subnet> subnets = home.vpc().subnets();
    String instances = options.instances().isEmpty() ? "no EC2 instances (--instances m5.large=3 adds some)"
        : options.instances().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", ")) + " container instances";
    out.println("ecs-dsl: ECS API on " + endpoint + " (clock: "
        + (options.clock().isManual() ? "manual" : options.clock().speed() + "x wall clock") + ", seed "
        + options.seed() + ")");
    out.println("  region          " + options.region() + " (calls signed for another region see a fresh account"
        + " of their own)");
    out.println("  cluster         default: FARGATE, FARGATE_SPOT; " + instances);
    out.println("  subnets         " + subnets.stream().map(Subnet::subnetId).collect(Collectors.joining(",")));
    out.println("  security group  " + home.vpc().securityGroups().get(0).groupId());
    out.println("In another shell (dummy credentials; no call is authenticated):");
    out.println("  export AWS_ACCESS_KEY_ID=ecsdsl AWS_SECRET_ACCESS_KEY=ecsdsl AWS_DEFAULT_REGION=" + options.region());
    out.println("  export AWS_ENDPOINT_URL=" + endpoint + "   # or: aws ecs ... --endpoint-url " + endpoint);
    out.flush();
  }
}

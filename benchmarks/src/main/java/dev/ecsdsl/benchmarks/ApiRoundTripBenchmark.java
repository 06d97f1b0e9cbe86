package dev.ecsdsl.benchmarks;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.api.EcsApiServer;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.RunTaskRequest;
import java.util.Locale;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;

/**
 * RunTask round trips through the AWS SDK for Java v2 against {@link EcsApiServer}, beside the same calls
 * on the Java API, in one run: each operation is a RunTask of one task followed by a StopTask of it, on a
 * cluster of three m5.large (the clock stays put, so the cluster only fills with stopped tasks).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.ecsdsl.benchmarks.ApiRoundTripBenchmark [operations] [rounds]</pre>
 */
public final class ApiRoundTripBenchmark {
  private ApiRoundTripBenchmark() {}

  static Environment environment() {
    return Ecs.environment("bench")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(3)
            .zones("us-east-1a", "us-east-1b", "us-east-1c")))
        .taskDefinition("job", td -> td.container("main", a -> a.image("job:1").memory(16)))
        .build();
  }

  /** Runs the comparison and prints one line per round. */
  public static void main(String[] args) {
    int operations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    for (int round = 0; round < rounds; round++) {
      double sdk = throughSdk(operations);
      double direct = direct(operations);
      System.out.printf(Locale.ROOT, "round %d: %,d RunTask+StopTask through the SDK: %,.0f ops/s (%,.0f calls/s);"
          + " on the Java API: %,.0f ops/s%n", round + 1, operations, sdk, 2 * sdk, direct);
    }
  }

  private static double throughSdk(int operations) {
    try (InMemoryEcs ecs = InMemoryEcs.create(1);
         EcsApiServer server = startServer(ecs);
         EcsClient client = EcsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
             .credentialsProvider(AnonymousCredentialsProvider.create()).build()) {
      long start = System.nanoTime();
      for (int i = 0; i < operations; i++) {
        String arn = client.runTask(r -> r.cluster("prod").taskDefinition("job")).tasks().get(0).taskArn();
        client.stopTask(r -> r.cluster("prod").task(arn));
      }
      return operations / ((System.nanoTime() - start) / 1e9);
    }
  }

  private static EcsApiServer startServer(InMemoryEcs ecs) {
    ecs.deploy(environment());
    return EcsApiServer.start(ecs);
  }

  private static double direct(int operations) {
    try (InMemoryEcs ecs = InMemoryEcs.create(1)) {
      ecs.deploy(environment());
      long start = System.nanoTime();
      for (int i = 0; i < operations; i++) {
        String arn = ecs.ecs().runTask(RunTaskRequest.of("prod", "job", 1)).tasks().get(0).taskArn();
        ecs.ecs().stopTask(r -> r.cluster("prod").task(arn).reason(""));
      }
      return operations / ((System.nanoTime() - start) / 1e9);
    }
  }
}

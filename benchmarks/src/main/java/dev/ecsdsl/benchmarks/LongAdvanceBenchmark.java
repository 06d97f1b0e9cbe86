package dev.ecsdsl.benchmarks;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.api.EcsApiServer;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Issue 22's long step: {@code POST /_ecsdsl/advance} of 366 days through {@link EcsApiServer} with 20 services
 * that cannot place a single task (each asks for more memory than any instance has), while another thread calls
 * ListClusters in a loop. Prints the advance's wall time, the heap retained after it (after a full GC, against
 * the same measure before), and the ListClusters latencies seen during the step.
 *
 * <pre>java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.ecsdsl.benchmarks.LongAdvanceBenchmark [days] [services]</pre>
 */
public final class LongAdvanceBenchmark {
  private LongAdvanceBenchmark() {}

  static Environment environment(int services) {
    var builder = Ecs.environment("long-advance")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(2)
            .zones("us-east-1a", "us-east-1b")))
        .taskDefinition("huge", td -> td.container("main", a -> a.image("huge:1").memory(65_536)));
    for (int i = 0; i < services; i++) {
      String name = "stuck-" + i;
      builder.service(name, s -> s.cluster("prod").taskDefinition("huge").desiredCount(2).ec2());
    }
    return builder.build();
  }

  /** Runs the step once and prints what it measured. */
  public static void main(String[] args) throws Exception {
    int days = args.length > 0 ? Integer.parseInt(args[0]) : 366;
    int services = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    try (InMemoryEcs ecs = InMemoryEcs.create(22)) {
      ecs.deploy(environment(services));
      EcsApiServer server = EcsApiServer.start(ecs);
      try {
        HttpClient http = HttpClient.newBuilder().build();
        for (int i = 0; i < 200; i++) {
          call(http, server.endpoint(), "ListClusters", "{}"); // warm the path
        }
        long before = liveHeap();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stepping = new AtomicBoolean(true);
        Thread lister = new Thread(() -> {
          while (stepping.get()) {
            long start = System.nanoTime();
            call(http, server.endpoint(), "ListClusters", "{}");
            latencies.add((System.nanoTime() - start) / 1e6);
          }
        }, "lister");
        long start = System.nanoTime();
        lister.start();
        String answer = advance(http, server.endpoint(), days * 86_400L);
        double seconds = (System.nanoTime() - start) / 1e9;
        stepping.set(false);
        lister.join();
        long after = liveHeap();
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%d-day advance with %d services that cannot place: %.2f s wall (%s)%n", days,
            services, seconds, answer);
        System.out.printf(Locale.ROOT, "live heap after GC: %.1f MB before, %.1f MB after, %.1f MB retained%n",
            before / 1e6, after / 1e6, (after - before) / 1e6);
        if (!sorted.isEmpty()) {
          System.out.printf(Locale.ROOT, "ListClusters during the step: %d calls, median %.2f ms, p99 %.2f ms,"
              + " max %.2f ms%n", sorted.size(), sorted.get(sorted.size() / 2),
              sorted.get((int) (sorted.size() * 0.99)), sorted.get(sorted.size() - 1));
        }
        var web = ecs.ecs().describeServices(r -> r.cluster("prod").services("stuck-0")).service();
        System.out.printf(Locale.ROOT, "service stuck-0: %d events kept, latest: %s%n", web.events().size(),
            web.events().isEmpty() ? "-" : web.events().get(0).message());
        System.out.printf(Locale.ROOT, "timeline: %d events kept%n", ecs.events().size());
      } finally {
        server.close();
      }
    }
    System.exit(0);
  }

  static long liveHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String advance(HttpClient http, URI endpoint, long seconds) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint.resolve("/_ecsdsl/advance"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\":" + seconds + "}")).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() + " " + response.body();
    } catch (Exception e) {
      return "failed: " + e;
    }
  }

  static String call(HttpClient http, URI endpoint, String operation, String body) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint.resolve("/"))
          .header("X-Amz-Target", EcsApiServer.TARGET_PREFIX + operation)
          .header("Content-Type", "application/x-amz-json-1.1")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() + " " + response.body();
    } catch (Exception e) {
      throw new IllegalStateException(operation + " failed", e);
    }
  }
}

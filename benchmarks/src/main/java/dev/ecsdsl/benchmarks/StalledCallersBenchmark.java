package dev.ecsdsl.benchmarks;

import dev.ecsdsl.api.EcsApiServer;
import dev.ecsdsl.inmemory.InMemoryEcs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long a ListClusters call through {@link EcsApiServer} takes while 16 other connections stall it (one
 * byte sent; half the headers; headers and half of a 100-byte body — a third of each kind), beside the same
 * calls with no stall, in one run. Each call waits at most 10 s.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.ecsdsl.benchmarks.StalledCallersBenchmark [calls]</pre>
 */
public final class StalledCallersBenchmark {
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

  private StalledCallersBenchmark() {}

  /** Measures and prints one line per condition. */
  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    try (InMemoryEcs ecs = InMemoryEcs.create(1)) {
      ecs.deploy(ApiRoundTripBenchmark.environment());
      EcsApiServer server = EcsApiServer.start(ecs);
      try {
        HttpClient http = HttpClient.newBuilder().build();
        measure("warm-up, no stall", http, server.endpoint(), calls);
        measure("no stall", http, server.endpoint(), calls);
        List<Socket> stalls = stall(server.endpoint(), 16);
        try {
          measure("16 stalled connections held", http, server.endpoint(), calls);
        } finally {
          for (Socket stall : stalls) {
            stall.close();
          }
        }
      } finally {
        server.close();
      }
    }
    System.exit(0);
  }

  private static List<Socket> stall(URI endpoint, int count) throws IOException {
    String host = "Host: 127.0.0.1:" + endpoint.getPort() + "\r\n";
    List<Socket> stalls = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Socket socket = new Socket(InetAddress.getLoopbackAddress(), endpoint.getPort());
      String text = switch (i % 3) {
        case 0 -> "P";
        case 1 -> "POST / HTTP/1.1\r\n" + host + "X-Amz-Target: AmazonEC2Cont";
        default -> "POST / HTTP/1.1\r\n" + host + "X-Amz-Target: AmazonEC2ContainerServiceV20141113.ListClusters\r\n"
            + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: 100\r\n\r\n{\"max";
      };
      socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      stalls.add(socket);
    }
    return stalls;
  }

  private static void measure(String condition, HttpClient http, URI endpoint, int calls) throws Exception {
    double[] millis = new double[calls];
    int timedOut = 0;
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint.resolve("/")).timeout(CALL_TIMEOUT)
            .header("X-Amz-Target", EcsApiServer.TARGET_PREFIX + "ListClusters")
            .header("Content-Type", "application/x-amz-json-1.1")
            .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("ListClusters answered " + response.statusCode() + ": " + response.body());
        }
      } catch (HttpTimeoutException e) {
        timedOut++;
      }
      millis[i] = (System.nanoTime() - start) / 1e6;
      if (timedOut >= 3) {
        System.out.printf(Locale.ROOT, "%-28s: %d of %d calls timed out after %d s; stopped%n", condition, timedOut,
            i + 1, CALL_TIMEOUT.toSeconds());
        return;
      }
    }
    Arrays.sort(millis);
    System.out.printf(Locale.ROOT, "%-28s: %d calls, median %.2f ms, p99 %.2f ms, max %.2f ms, %d timed out%n",
        condition, calls, millis[calls / 2], millis[(int) (calls * 0.99)], millis[calls - 1], timedOut);
  }
}

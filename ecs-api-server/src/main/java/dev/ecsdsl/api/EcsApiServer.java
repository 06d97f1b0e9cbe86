package dev.ecsdsl.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Amazon ECS's JSON 1.1 protocol on 127.0.0.1, backed by a runtime: {@code POST /} with
 * {@code X-Amz-Target: AmazonEC2ContainerServiceV20141113.<Operation>} and
 * {@code Content-Type: application/x-amz-json-1.1}; errors as {@code {"__type": ..., "message": ...}} with
 * ECS's exception names. Signatures are accepted unchecked; any region and account work. Point an AWS
 * SDK or the AWS CLI at {@link #endpoint()}:
 *
 * <pre>{@code
 * try (InMemoryEcs ecs = InMemoryEcs.create(42);
 *      EcsApiServer server = EcsApiServer.start(ecs, ClockMode.wallClock(60))) {
 *   EcsClient client = EcsClient.builder().endpointOverride(server.endpoint()) ... .build();
 * }
 * }</pre>
 *
 * <p>Calls are served one at a time (the runtime is single-threaded). For the in-memory runtime,
 * {@code POST /_ecsdsl/advance} with {@code {"seconds": n}} moves the virtual clock, as does
 * {@link #advance}; {@link ClockMode#wallClock} moves it with the wall clock. Any other runtime (the Docker
 * one) follows the wall clock by itself: it is served with {@link ClockMode#manual()} only, and asking it
 * to advance is refused (there is no virtual time to move, and sleeping would hold every call up). A runtime with nothing
 * deployed gets an empty environment, so that clusters, task definitions and services can be created
 * through the API alone. Closing the server stops its threads; the runtime stays the caller's.
 */
public final class EcsApiServer implements AutoCloseable {
  /** The JSON 1.1 target prefix of ECS operations. */
  public static final String TARGET_PREFIX = "AmazonEC2ContainerServiceV20141113.";
  private static final Logger LOG = LoggerFactory.getLogger(EcsApiServer.class);
  private static final AtomicInteger SERVERS = new AtomicInteger();
  /** The most one {@code POST /_ecsdsl/advance} moves the clock: a year (the call holds every other up). */
  private static final Duration MAX_ADVANCE = Duration.ofDays(366);
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

  static {
    // The JDK server writes a response's headers and body separately; with Nagle's algorithm on, each
    // call then waits for the client's delayed ACK (about 40 ms). Read once, when the first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final EcsRuntime runtime;
  private final boolean virtualClock;
  private final Operations operations;
  private final ReentrantLock lock = new ReentrantLock();
  private final HttpServer http;
  private final ExecutorService workers;
  private final ScheduledExecutorService ticker;

  private EcsApiServer(EcsRuntime runtime, int port, ClockMode clock) throws IOException {
    this.runtime = runtime;
    this.virtualClock = runtime instanceof InMemoryEcs;
    this.operations = new Operations(runtime);
    int id = SERVERS.incrementAndGet();
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    this.workers = Executors.newFixedThreadPool(4, r -> daemon(r, "ecs-api-" + id + "-worker"));
    http.setExecutor(workers);
    http.createContext("/", this::handle);
    this.ticker = clock.isManual() ? null
        : Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ecs-api-" + id + "-clock"));
    if (ticker != null) {
      long periodMillis = 20;
      Duration step = Duration.ofNanos((long) (periodMillis * 1_000_000L * clock.speed()));
      ticker.scheduleAtFixedRate(() -> advanceQuietly(step), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }
    http.start();
  }

  /**
   * Serves the runtime on a free port of 127.0.0.1, its clock moving only when asked.
   *
   * @param runtime the runtime to serve
   * @return the running server; close it to stop
   */
  public static EcsApiServer start(EcsRuntime runtime) {
    return start(runtime, 0, ClockMode.manual());
  }

  /**
   * Serves the runtime on a free port of 127.0.0.1 with the given clock.
   *
   * @param runtime the runtime to serve
   * @param clock how the runtime's clock moves
   * @return the running server; close it to stop
   */
  public static EcsApiServer start(EcsRuntime runtime, ClockMode clock) {
    return start(runtime, 0, clock);
  }

  /**
   * Serves the runtime on {@code port} of 127.0.0.1 (0: any free port).
   *
   * @param runtime the runtime to serve
   * @param port the port to listen on; 0 for any free port
   * @param clock how the runtime's clock moves
   * @return the running server; close it to stop
   * @throws java.io.UncheckedIOException when the port cannot be bound
   * @throws IllegalArgumentException for a wall-clock runtime (the Docker one) with a clock other than
   *     {@link ClockMode#manual()}
   */
  public static EcsApiServer start(EcsRuntime runtime, int port, ClockMode clock) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, was " + port);
    }
    if (!(runtime instanceof InMemoryEcs) && !clock.isManual()) {
      throw new IllegalArgumentException(runtime.getClass().getSimpleName() + " follows the wall clock by itself;"
          + " serve it with ClockMode.manual()");
    }
    ensureDeployed(runtime);
    try {
      return new EcsApiServer(runtime, port, clock);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
  }

  private static void ensureDeployed(EcsRuntime runtime) {
    try {
      runtime.environment();
    } catch (IllegalStateException nothingDeployed) {
      runtime.deploy(Environment.builder().name("ecs-api").build());
    }
  }

  /**
   * The endpoint URL, {@code http://127.0.0.1:<port>}.
   *
   * @return the endpoint URL
   */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
  }

  /**
   * The runtime behind the endpoint.
   *
   * @return the runtime
   */
  public EcsRuntime runtime() {
    return runtime;
  }

  /**
   * Moves the in-memory runtime's virtual clock, between two calls.
   *
   * @param duration how long to move the clock
   * @throws IllegalStateException when the runtime follows the wall clock (the Docker runtime)
   */
  public void advance(Duration duration) {
    if (!virtualClock) {
      throw new IllegalStateException(wallClockOnly());
    }
    lock.lock();
    try {
      runtime.advance(duration);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops serving and the clock once the calls in flight have finished (waiting at most 10 s, never
   * interrupting one); the runtime is left as it is.
   */
  @Override
  public void close() {
    http.stop(0);
    if (ticker != null) {
      ticker.shutdown();
    }
    workers.shutdown();
    // Calls and clock steps in flight finish before the caller may close the runtime under them; they are
    // not interrupted (an interrupt could land in the middle of a runtime action).
    try {
      workers.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      if (ticker != null) {
        ticker.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.lock(); // and any advance() another thread is making has returned
    lock.unlock();
  }

  private void advanceQuietly(Duration step) {
    try {
      advance(step);
    } catch (RuntimeException e) {
      LOG.warn("the endpoint's clock could not advance the runtime: {}", e.toString());
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/_ecsdsl/advance")) {
        try {
          respond(exchange, 200, advanceByRequest(exchange));
        } catch (ApiException e) {
          respond(exchange, e.status(), error(e.type(), e.getMessage()));
        } catch (RuntimeException e) {
          LOG.warn("advancing the runtime failed", e);
          respond(exchange, 500, error("ServerException", e.toString()));
        }
        return;
      }
      if (!exchange.getRequestMethod().equals("POST") || !path.equals("/")) {
        respond(exchange, 404, error("UnknownOperationException", "ECS is served at POST / only"));
        return;
      }
      ObjectNode response;
      int status = 200;
      try {
        String operation = operation(exchange);
        Request request = new Request(operation, body(exchange));
        lock.lock();
        try {
          response = operations.call(operation, request);
        } finally {
          lock.unlock();
        }
      } catch (ApiException e) {
        status = e.status();
        response = error(e.type(), e.getMessage());
      } catch (RuntimeException e) {
        LOG.warn("ECS call failed in the runtime", e);
        status = 500;
        response = error("ServerException", e.toString());
      }
      respond(exchange, status, response);
    }
  }

  private ObjectNode advanceByRequest(HttpExchange exchange) throws IOException {
    JsonNode seconds = body(exchange).get("seconds");
    if (!virtualClock) {
      throw ApiException.invalidParameter(wallClockOnly());
    }
    if (seconds == null || !seconds.isNumber() || seconds.doubleValue() < 0
        || seconds.doubleValue() > MAX_ADVANCE.toSeconds()) {
      throw ApiException.invalidParameter("POST /_ecsdsl/advance needs {\"seconds\": <number from 0 to "
          + MAX_ADVANCE.toSeconds() + ">}");
    }
    advance(Duration.ofMillis(Math.round(seconds.doubleValue() * 1000)));
    return Shapes.object().put("now", runtime.now().toString());
  }

  private String wallClockOnly() {
    return "the runtime behind this endpoint (" + runtime.getClass().getSimpleName() + ") follows the wall clock:"
        + " its time cannot be advanced";
  }

  private static String operation(HttpExchange exchange) {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    if (target == null || !target.startsWith(TARGET_PREFIX)) {
      throw new ApiException("UnknownOperationException", "X-Amz-Target must be " + TARGET_PREFIX
          + "<Operation>, was " + target, 400);
    }
    return target.substring(TARGET_PREFIX.length());
  }

  private static ObjectNode body(HttpExchange exchange) throws IOException {
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readAllBytes();
    }
    if (bytes.length == 0) {
      return Shapes.object();
    }
    JsonNode node;
    try {
      node = Shapes.JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new ApiException("SerializationException", "the request body is not JSON: " + e.getOriginalMessage(),
          400);
    }
    if (node == null || !node.isObject()) {
      throw new ApiException("SerializationException", "the request body must be a JSON object", 400);
    }
    return (ObjectNode) node;
  }

  private static ObjectNode error(String type, String message) {
    return Shapes.object().put("__type", type).put("message", message);
  }

  private static void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes = Shapes.JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
    exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name.toLowerCase(Locale.ROOT));
    thread.setDaemon(true);
    return thread;
  }
}

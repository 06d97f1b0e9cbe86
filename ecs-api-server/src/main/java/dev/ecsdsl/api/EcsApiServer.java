package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.runtime.EcsRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
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
 * deployed gets an empty environment (with the region's default VPC) in the region of the first call, so that
 * clusters, task definitions and services can be created through the API alone. A runtime serves its environment's
 * region: a call signed for another region is refused, as AWS refuses it; {@link #startRegional} serves every
 * region with a runtime of its own. Closing the server stops its threads; a given runtime stays the caller's.
 *
 * <p>Only programs on this machine are served ({@code Host} must name the loopback, web pages are refused by
 * their {@code Origin}), with no authentication; a request's headers may have 16 KiB, its body 1 MiB, a
 * connection may be silent for 30 s, and a caller that stalls costs a connection, not a thread: see the
 * README's "Limits and guarantees".
 */
public final class EcsApiServer implements AutoCloseable {
  /** The JSON 1.1 target prefix of ECS operations. */
  public static final String TARGET_PREFIX = "AmazonEC2ContainerServiceV20141113.";
  private static final Logger LOG = LoggerFactory.getLogger(EcsApiServer.class);
  private static final AtomicInteger SERVERS = new AtomicInteger();
  /** The most one {@code POST /_ecsdsl/advance} moves the clock: a year (the call holds every other up). */
  private static final Duration MAX_ADVANCE = Duration.ofDays(366);
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);
  /** The largest request body read, 1 MiB; ECS's task definition size quota, its largest request, is 64 KiB. */
  static final int MAX_BODY_BYTES = 1024 * 1024;
  /** The largest request line plus headers, 16 KiB (a SigV4 call with a session token needs about 2 KiB). */
  static final int MAX_HEADER_BYTES = 16 * 1024;
  /** How long a connection may be silent (no byte read or written) before it is closed. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
  /** The most connections open at once; more wait in the accept queue until one closes. */
  static final int MAX_CONNECTIONS = 512;
  private static final int MAX_THREADS = 16;

  private final Regions regions;
  private final boolean virtualClock;
  /** Held while the clock moves, so that {@link #close} can wait for a step in flight. */
  private final ReentrantLock clockLock = new ReentrantLock();
  private final Server http;
  private final ServerConnector connector;
  private final ScheduledExecutorService ticker;
  /** The port bound at start (Jetty reports none once stopped; the endpoint keeps its address). */
  private final int boundPort;

  private EcsApiServer(Regions regions, boolean virtualClock, int port, ClockMode clock) throws Exception {
    this.regions = regions;
    this.virtualClock = virtualClock;
    int id = SERVERS.incrementAndGet();
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
    threads.setName("ecs-api-" + id);
    threads.setDaemon(true);
    this.http = new Server(threads);
    HttpConfiguration config = new HttpConfiguration();
    config.setRequestHeaderSize(MAX_HEADER_BYTES);
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    // one acceptor and one selector: the runtime serves one call at a time anyway
    this.connector = new ServerConnector(http, 1, 1, new HttpConnectionFactory(config));
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    connector.setAcceptedTcpNoDelay(true);
    http.addConnector(connector);
    http.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
    http.setErrorHandler(new JsonErrorHandler());
    http.setHandler(new GracefulHandler(new ApiHandler(this, connector::getLocalPort)));
    http.setStopTimeout(CLOSE_GRACE.toMillis());
    this.ticker = clock.isManual() ? null
        : Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ecs-api-" + id + "-clock"));
    http.start();
    this.boundPort = connector.getLocalPort();
    if (ticker != null) {
      long periodMillis = 20;
      Duration step = Duration.ofNanos((long) (periodMillis * 1_000_000L * clock.speed()));
      ticker.scheduleAtFixedRate(() -> advanceQuietly(step), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }
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
    if (!(runtime instanceof InMemoryEcs) && !clock.isManual()) {
      throw new IllegalArgumentException(runtime.getClass().getSimpleName() + " follows the wall clock by itself;"
          + " serve it with ClockMode.manual()");
    }
    return start(Regions.of(runtime), runtime instanceof InMemoryEcs, port, clock);
  }

  /**
   * Serves every region a caller names (in its SigV4 credential scope), each with an in-memory runtime of its
   * own, made by {@code runtimeForRegion} the first time the region is called and closed with the server; calls
   * that are not signed are served in {@code defaultRegion}, whose runtime is made at once. This is
   * {@code bin/ecs-dsl serve}: a fresh account in every region.
   *
   * @param defaultRegion the region of calls that are not signed, e.g. {@code us-east-1}
   * @param runtimeForRegion makes a region's runtime, with an environment of that region deployed
   * @param port the port to listen on; 0 for any free port
   * @param clock how the runtimes' clocks move
   * @return the running server; close it to stop (it closes the runtimes it made)
   * @throws IllegalArgumentException when {@code defaultRegion} is not a region name
   */
  public static EcsApiServer startRegional(String defaultRegion, Function<String, InMemoryEcs> runtimeForRegion,
      int port, ClockMode clock) {
    if (!CredentialScope.REGION.matcher(defaultRegion).matches()) {
      throw new IllegalArgumentException("not a region name: " + defaultRegion);
    }
    Regions regions = Regions.perRegion(defaultRegion, region -> {
      InMemoryEcs made = runtimeForRegion.apply(region);
      if (!made.environment().region().equals(region)) {
        made.close();
        throw new IllegalStateException("the runtime made for " + region + " has an environment of "
            + made.environment().region());
      }
      return made;
    });
    regions.defaultRuntime();
    return start(regions, true, port, clock);
  }

  private static EcsApiServer start(Regions regions, boolean virtualClock, int port, ClockMode clock) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, was " + port);
    }
    try {
      return new EcsApiServer(regions, virtualClock, port, clock);
    } catch (IOException e) {
      regions.close();
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    } catch (Exception e) {
      regions.close();
      throw new IllegalStateException("the endpoint could not start: " + e.getMessage(), e);
    }
  }

  /**
   * The endpoint URL, {@code http://127.0.0.1:<port>}.
   *
   * @return the endpoint URL
   */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + boundPort);
  }

  /**
   * The runtime behind the endpoint: the given one, or the default region's.
   *
   * @return the runtime
   */
  public EcsRuntime runtime() {
    return regions.defaultRuntime().runtime();
  }

  /** {@return the names of the ECS operations served (the default region's; every region serves the same)} */
  java.util.Set<String> operationNames() {
    return regions.defaultRuntime().operationNames();
  }

  /**
   * The region served to calls that are not signed: the given runtime's (us-east-1 while it has nothing deployed),
   * or the default region of {@link #startRegional}.
   *
   * @return the region name
   */
  public String defaultRegion() {
    return regions.defaultRegion();
  }

  /**
   * Moves the in-memory runtimes' virtual clocks (every region's), between two calls.
   *
   * @param duration how long to move the clock
   * @throws IllegalStateException when the runtime follows the wall clock (the Docker runtime)
   */
  public void advance(Duration duration) {
    if (!virtualClock) {
      throw new IllegalStateException(wallClockOnly());
    }
    clockLock.lock();
    try {
      for (RegionalRuntime region : regions.all()) {
        region.advance(duration);
      }
    } finally {
      clockLock.unlock();
    }
  }

  /**
   * Stops serving and the clock once the calls in flight have finished (waiting at most 10 s, never
   * interrupting one); the runtime is left as it is.
   */
  @Override
  public void close() {
    // An interrupted caller (Ctrl-C in bin/ecs-dsl serve) still gets a full stop; its interrupt is kept.
    boolean interrupted = Thread.interrupted();
    try {
      if (ticker != null) {
        ticker.shutdown();
      }
      try {
        // GracefulHandler: stop accepting, let the calls in flight finish (up to the stop timeout), then stop.
        http.stop();
      } catch (Exception e) {
        LOG.warn("stopping the endpoint failed: {}", e.toString());
      }
      // Clock steps in flight finish before the caller may close the runtime under them; they are not
      // interrupted (an interrupt could land in the middle of a runtime action).
      if (ticker != null) {
        ticker.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      clockLock.lock(); // and any advance() another thread is making has returned
      clockLock.unlock();
      regions.close();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void advanceQuietly(Duration step) {
    try {
      advance(step);
    } catch (RuntimeException e) {
      LOG.warn("the endpoint's clock could not advance the runtime: {}", dev.ecsdsl.runtime.LogText.escape(e.toString()));
    }
  }

  /** One ECS call on the runtime of the caller's region (the default one when the call is not signed). */
  ObjectNode call(Optional<String> region, String operation, ObjectNode body) {
    return regions.forRegion(region).call(operation, body);
  }

  /** {@code POST /_ecsdsl/advance}: moves the virtual clock by the body's {@code seconds}. */
  ObjectNode advanceByRequest(ObjectNode body) {
    JsonNode seconds = body.get("seconds");
    if (!virtualClock) {
      throw ApiException.invalidParameter(wallClockOnly());
    }
    if (seconds == null || !seconds.isNumber() || seconds.doubleValue() < 0
        || seconds.doubleValue() > MAX_ADVANCE.toSeconds()) {
      throw ApiException.invalidParameter("POST /_ecsdsl/advance needs {\"seconds\": <number from 0 to "
          + MAX_ADVANCE.toSeconds() + ">}");
    }
    advance(Duration.ofMillis(Math.round(seconds.doubleValue() * 1000)));
    return Shapes.object().put("now", runtime().clock().now().toString());
  }

  private String wallClockOnly() {
    return "the runtime behind this endpoint (" + runtime().getClass().getSimpleName() + ") follows the wall clock:"
        + " its time cannot be advanced";
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name.toLowerCase(Locale.ROOT));
    thread.setDaemon(true);
    return thread;
  }
}

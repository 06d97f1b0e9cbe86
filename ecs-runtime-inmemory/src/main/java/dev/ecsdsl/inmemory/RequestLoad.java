package dev.ecsdsl.inmemory;

import dev.ecsdsl.control.ControlPlane;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.runtime.RequestResult;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A steady stream of requests at one listener of a load balancer, on the virtual clock: at the end of
 * every simulated second, {@link #perSecond()} requests follow the listener's rules to a target group
 * and go round-robin over its healthy targets (the request model of {@link InMemoryEcs#sendRequests}).
 * The counts add up while the load runs; a test raises or lowers the rate with {@link #perSecond(int)}
 * and ends it with {@link #stop()}. The ticks are background work: they never keep a runtime from being
 * idle.
 */
public final class RequestLoad implements AutoCloseable {
  private static final Duration TICK = Duration.ofSeconds(1);

  private final ControlPlane plane;
  private final EventLoop loop;
  private final String loadBalancer;
  private final int listenerPort;
  private final String host;
  private final String path;
  private final Map<String, Long> perTarget = new LinkedHashMap<>();
  private int perSecond;
  private long served;
  private long failed;
  private EventLoop.Scheduled next;

  RequestLoad(ControlPlane plane, EventLoop loop, String loadBalancer, int listenerPort, String host, String path,
      int perSecond) {
    this.plane = plane;
    this.loop = loop;
    this.loadBalancer = loadBalancer;
    this.listenerPort = listenerPort;
    this.host = host;
    this.path = path;
    perSecond(perSecond);
    plane.loadBalancers().sendRequests(loadBalancer, listenerPort, host, path, 0);
    next = loop.scheduleBackground(TICK, this::tick);
  }

  private void tick() {
    RequestResult result = plane.loadBalancers().sendRequests(loadBalancer, listenerPort, host, path, perSecond);
    served += result.served();
    failed += result.failed();
    result.perTarget().forEach((target, count) -> perTarget.merge(target, (long) count, Long::sum));
    next = loop.scheduleBackground(TICK, this::tick);
  }

  /**
   * Requests sent each simulated second.
   *
   * @return the rate
   */
  public int perSecond() {
    return perSecond;
  }

  /**
   * Changes the rate from the next second on.
   *
   * @param requestsPerSecond the new rate
   * @return this load
   */
  public RequestLoad perSecond(int requestsPerSecond) {
    if (requestsPerSecond < 0) {
      throw new IllegalArgumentException("requests per second must not be negative, was " + requestsPerSecond);
    }
    this.perSecond = requestsPerSecond;
    return this;
  }

  /**
   * Requests a target answered so far.
   *
   * @return the count
   */
  public long served() {
    return served;
  }

  /**
   * Requests that found no registered target (HTTP 503 from the load balancer) so far.
   *
   * @return the count
   */
  public long failed() {
    return failed;
  }

  /**
   * Requests per target ({@code id:port}) so far, in the order the targets were first chosen.
   *
   * @return the counts by target
   */
  public Map<String, Long> perTarget() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(perTarget));
  }

  /** Ends the load; the counts stay readable. */
  public void stop() {
    if (next != null) {
      next.cancel();
      next = null;
    }
  }

  @Override
  public void close() {
    stop();
  }
}

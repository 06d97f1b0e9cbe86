package dev.ecsdsl.control.api;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.ControlPlane;
import dev.ecsdsl.runtime.DriveRequestsRequest;
import dev.ecsdsl.runtime.RequestLoad;
import dev.ecsdsl.runtime.RequestResult;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A steady load at a listener: one background action each second of the loop's time sends {@link #perSecond()}
 * requests through the control plane's routing. Background, so that it never keeps {@code runUntilIdle} from
 * returning. Its state is the loop's: every read and change runs on the loop's thread.
 */
final class LoadAtListener implements RequestLoad {
  private static final Duration TICK = Duration.ofSeconds(1);

  private final ControlPlane plane;
  private final EventLoop events;
  private final OnLoop loop;
  private final DriveRequestsRequest target;
  private final Map<String, Long> perTarget = new LinkedHashMap<>();
  private int perSecond;
  private long served;
  private long failed;
  private long targetErrors;
  private EventLoop.Scheduled next;

  private LoadAtListener(ControlPlane plane, EventLoop events, OnLoop loop, DriveRequestsRequest target) {
    this.plane = plane;
    this.events = events;
    this.loop = loop;
    this.target = target;
    this.perSecond = requireRate(target.perSecond());
  }

  /** Starts the load; an unknown load balancer or listener fails here, before anything is scheduled. */
  static LoadAtListener start(ControlPlane plane, EventLoop events, OnLoop loop, DriveRequestsRequest target) {
    LoadAtListener load = new LoadAtListener(plane, events, loop, target);
    loop.call(() -> {
      plane.loadBalancers().sendRequests(target.loadBalancer(), target.listenerPort(), target.host(), target.path(), 0);
      load.next = events.scheduleBackground(TICK, load::tick);
      return null;
    });
    return load;
  }

  private void tick() {
    RequestResult result = plane.loadBalancers().sendRequests(target.loadBalancer(), target.listenerPort(), target.host(),
        target.path(), perSecond);
    served += result.served();
    failed += result.failed();
    targetErrors += result.targetErrors();
    result.perTarget().forEach((t, count) -> perTarget.merge(t, (long) count, Long::sum));
    next = events.scheduleBackground(TICK, this::tick);
  }

  @Override
  public int perSecond() {
    return loop.call(() -> perSecond);
  }

  @Override
  public RequestLoad perSecond(int requestsPerSecond) {
    requireRate(requestsPerSecond);
    loop.call(() -> perSecond = requestsPerSecond);
    return this;
  }

  @Override
  public long served() {
    return loop.call(() -> served);
  }

  @Override
  public long failed() {
    return loop.call(() -> failed);
  }

  @Override
  public long targetErrors() {
    return loop.call(() -> targetErrors);
  }

  @Override
  public Map<String, Long> perTarget() {
    return loop.call(() -> Collections.unmodifiableMap(new LinkedHashMap<>(perTarget)));
  }

  @Override
  public void stop() {
    loop.call(() -> {
      if (next != null) {
        next.cancel();
        next = null;
      }
      return null;
    });
  }

  @Override
  public void close() {
    stop();
  }

  private static int requireRate(int requestsPerSecond) {
    if (requestsPerSecond < 0) {
      throw new IllegalArgumentException("requests per second must not be negative, was " + requestsPerSecond);
    }
    return requestsPerSecond;
  }
}

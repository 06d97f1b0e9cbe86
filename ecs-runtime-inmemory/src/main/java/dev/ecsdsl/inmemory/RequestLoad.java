package dev.ecsdsl.inmemory;

import java.util.Map;
import java.util.Objects;

/**
 * A steady stream of requests at one listener of a load balancer, as the deprecated
 * {@link InMemoryEcs#driveRequests} returns it.
 *
 * @deprecated use {@code runtime.elb().driveRequests(..)}, which returns a {@link dev.ecsdsl.runtime.RequestLoad}
 *     on both runtimes; this class wraps one
 */
@Deprecated(since = "0.2.0", forRemoval = true)
public final class RequestLoad implements dev.ecsdsl.runtime.RequestLoad {
  private final dev.ecsdsl.runtime.RequestLoad load;

  RequestLoad(dev.ecsdsl.runtime.RequestLoad load) {
    this.load = Objects.requireNonNull(load, "load");
  }

  @Override
  public int perSecond() {
    return load.perSecond();
  }

  @Override
  public RequestLoad perSecond(int requestsPerSecond) {
    load.perSecond(requestsPerSecond);
    return this;
  }

  @Override
  public long served() {
    return load.served();
  }

  @Override
  public long failed() {
    return load.failed();
  }

  @Override
  public long targetErrors() {
    return load.targetErrors();
  }

  @Override
  public Map<String, Long> perTarget() {
    return load.perTarget();
  }

  @Override
  public void stop() {
    load.stop();
  }

  @Override
  public void close() {
    load.close();
  }
}

package dev.ecsdsl.runtime;

import java.util.Map;

/**
 * A steady load of requests at a listener, started with {@link ElbApi#driveRequests}: each second of the runtime's
 * time, {@link #perSecond()} requests are routed as {@link ElbApi#sendRequests} routes them and counted in the
 * target groups' request metrics, which auto scaling reads. Change the rate at any time; {@link #stop()} (or
 * {@link #close()}) ends it.
 */
public interface RequestLoad extends AutoCloseable {
  /** {@return the requests sent each second} */
  int perSecond();

  /**
   * Changes the rate from the next second on.
   *
   * @param requestsPerSecond the new rate, 0 or more
   * @return this load
   * @throws IllegalArgumentException when the rate is negative
   */
  RequestLoad perSecond(int requestsPerSecond);

  /** {@return the requests that reached a target so far} */
  long served();

  /** {@return the requests that found no target so far (an ALB's 503)} */
  long failed();

  /**
   * {@return the requests a target answered with an error status so far (a container scripted to answer a share of
   * requests with, e.g., 503); counted in {@link #served()}}
   */
  long targetErrors();

  /** {@return the requests each target ({@code <target id>:<port>}) received so far} */
  Map<String, Long> perTarget();

  /** Stops the load; what it counted stays readable. Safe to call twice. */
  void stop();

  /** Stops the load, as {@link #stop()}. */
  @Override
  void close();
}

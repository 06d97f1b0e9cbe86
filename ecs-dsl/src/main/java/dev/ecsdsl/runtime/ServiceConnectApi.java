package dev.ecsdsl.runtime;

import java.util.function.Consumer;

/**
 * Service Connect as the runtime simulates it: requests a task makes through its Service Connect proxy to a client
 * alias of its namespace ({@code http://orders:8080/x}), routed to a healthy task of the service behind the alias
 * (not an AWS operation: what an application in the task would do). The Service Connect metrics of the calls are on
 * {@link EcsRuntime#cloudWatch()}.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html">Service
 *     Connect concepts</a>
 */
public interface ServiceConnectApi {
  /**
   * Requests from a task (or a task of a service) to a URL, now, through the task's Service Connect proxy: the
   * host and port name a client alias of the caller's namespace; the proxy spreads the requests round-robin over
   * the healthy RUNNING tasks behind it, ejects outliers, retries a failed connection once on another task and
   * applies the endpoint's timeouts. The answers are the callee containers' (status and latency).
   *
   * @param request the caller, the URL and how many requests (see {@link CallFromRequest})
   * @return every request's outcome
   * @throws InvalidParameterException when the caller names no running task of a service with Service Connect, or
   *     the URL is not an {@code http://host:port/path} URL
   */
  CallFromResponse callFrom(CallFromRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #callFrom(CallFromRequest)}.
   *
   * @param request sets what the request holds, e.g.
   *     {@code r -> r.cluster("prod").service("storefront").url("http://orders:8080/orders").count(10)}
   * @return every request's outcome
   */
  default CallFromResponse callFrom(Consumer<CallFromRequest.Builder> request) {
    CallFromRequest.Builder builder = CallFromRequest.builder();
    request.accept(builder);
    return callFrom(builder.build());
  }
}

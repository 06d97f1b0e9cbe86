package dev.ecsdsl.runtime;

import java.util.function.Consumer;

/**
 * Elastic Load Balancing as the runtime simulates it for the description's load balancers: target health, and
 * requests sent through a listener (not AWS operations: what clients of the load balancer would do).
 *
 * <p>On Docker, {@code sendRequests} and {@code driveRequests} route and count requests as the control plane does
 * for real ones (no HTTP is sent); {@code DockerEcs.endpoint} serves real HTTP through the same routing.
 */
public interface ElbApi {
  /**
   * DescribeTargetHealth of a target group of the description: the service tasks registered with it, their
   * health by the group's health check, and the requests each received.
   *
   * @param request the request (see {@link DescribeTargetHealthRequest})
   * @return the response (see {@link DescribeTargetHealthResponse})
   */
  DescribeTargetHealthResponse describeTargetHealth(DescribeTargetHealthRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #describeTargetHealth(DescribeTargetHealthRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.targetGroupArn("web-tg")}
   * @return the response (see {@link DescribeTargetHealthResponse})
   */
  default DescribeTargetHealthResponse describeTargetHealth(Consumer<DescribeTargetHealthRequest.Builder> request) {
    DescribeTargetHealthRequest.Builder builder = DescribeTargetHealthRequest.builder();
    request.accept(builder);
    return describeTargetHealth(builder.build());
  }

  /**
   * Sends requests to a listener now; see {@link SendRequestsRequest} for how they are routed.
   *
   * @param request the request (see {@link SendRequestsRequest})
   * @return the target group chosen, the requests served and failed, and how they spread over the targets
   */
  RequestResult sendRequests(SendRequestsRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #sendRequests(SendRequestsRequest)}.
   *
   * @param request sets what the request holds, e.g.
   *     {@code r -> r.loadBalancer("alb").listenerPort(443).host("shop.example.com").count(20)}
   * @return the target group chosen, the requests served and failed, and how they spread over the targets
   */
  default RequestResult sendRequests(Consumer<SendRequestsRequest.Builder> request) {
    SendRequestsRequest.Builder builder = SendRequestsRequest.builder();
    request.accept(builder);
    return sendRequests(builder.build());
  }

  /**
   * Starts a steady load at a listener: requests each second while time passes, until {@link RequestLoad#stop()}.
   * Throws at once for an unknown load balancer or listener.
   *
   * @param request the request (see {@link DriveRequestsRequest})
   * @return the running load, to change or stop
   */
  RequestLoad driveRequests(DriveRequestsRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #driveRequests(DriveRequestsRequest)}.
   *
   * @param request sets what the request holds, e.g.
   *     {@code r -> r.loadBalancer("alb").listenerPort(443).perSecond(200)}
   * @return the running load, to change or stop
   */
  default RequestLoad driveRequests(Consumer<DriveRequestsRequest.Builder> request) {
    DriveRequestsRequest.Builder builder = DriveRequestsRequest.builder();
    request.accept(builder);
    return driveRequests(builder.build());
  }
}

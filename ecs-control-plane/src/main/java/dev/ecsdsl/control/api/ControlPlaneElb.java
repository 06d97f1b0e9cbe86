package dev.ecsdsl.control.api;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.ControlPlane;
import dev.ecsdsl.runtime.DescribeTargetHealthRequest;
import dev.ecsdsl.runtime.DescribeTargetHealthResponse;
import dev.ecsdsl.runtime.DriveRequestsRequest;
import dev.ecsdsl.runtime.ElbApi;
import dev.ecsdsl.runtime.RequestLoad;
import dev.ecsdsl.runtime.RequestResult;
import dev.ecsdsl.runtime.SendRequestsRequest;
import java.util.Objects;

/** Elastic Load Balancing of both runtimes: the control plane's target groups and listener routing. */
public final class ControlPlaneElb implements ElbApi {
  private final ControlPlane plane;
  private final EventLoop events;
  private final OnLoop loop;

  /**
   * The load balancers of a control plane.
   *
   * @param plane the control plane
   * @param events its event loop, where request loads tick
   * @param loop where its calls run
   */
  public ControlPlaneElb(ControlPlane plane, EventLoop events, OnLoop loop) {
    this.plane = Objects.requireNonNull(plane, "plane");
    this.events = Objects.requireNonNull(events, "events");
    this.loop = Objects.requireNonNull(loop, "loop");
  }

  @Override
  public DescribeTargetHealthResponse describeTargetHealth(DescribeTargetHealthRequest request) {
    return loop.call(() -> DescribeTargetHealthResponse.builder()
        .targetHealthDescriptions(plane.loadBalancers().describeTargetHealth(request.targetGroupArn())).build());
  }

  @Override
  public RequestResult sendRequests(SendRequestsRequest request) {
    if (request.count() < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + request.count());
    }
    return loop.call(() -> plane.loadBalancers().sendRequests(request.loadBalancer(), request.listenerPort(), request.host(),
        request.path(), request.count()));
  }

  @Override
  public RequestLoad driveRequests(DriveRequestsRequest request) {
    return LoadAtListener.start(plane, events, loop, request);
  }
}

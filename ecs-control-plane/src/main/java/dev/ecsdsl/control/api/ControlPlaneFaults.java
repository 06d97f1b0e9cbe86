package dev.ecsdsl.control.api;

import dev.ecsdsl.control.ControlPlane;
import dev.ecsdsl.runtime.ContainerFaultRequest;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.CrashContainerRequest;
import dev.ecsdsl.runtime.Faults;
import dev.ecsdsl.runtime.InstanceFaultRequest;
import dev.ecsdsl.runtime.LaunchInstanceRequest;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFaultRequest;
import java.util.List;
import java.util.Objects;

/**
 * The faults of both runtimes: what happens to instances, agents, zones and subnets is the control plane's to
 * answer, on either runtime; what happens inside a container is the agent's ({@link ContainerFaults}).
 */
public final class ControlPlaneFaults implements Faults {
  private final ControlPlane plane;
  private final OnLoop loop;
  private final ContainerFaults containers;

  /**
   * The faults of a control plane and its agent.
   *
   * @param plane the control plane
   * @param loop where its calls run
   * @param containers what the runtime's agent does to containers
   */
  public ControlPlaneFaults(ControlPlane plane, OnLoop loop, ContainerFaults containers) {
    this.plane = Objects.requireNonNull(plane, "plane");
    this.loop = Objects.requireNonNull(loop, "loop");
    this.containers = Objects.requireNonNull(containers, "containers");
  }

  @Override
  public Task killContainer(ContainerFaultRequest request) {
    containers.kill(request.cluster(), withContainer(request.cluster(), request.task(), request.container()),
        request.container());
    return describe(request.cluster(), request.task());
  }

  @Override
  public Task crashContainer(CrashContainerRequest request) {
    containers.crash(request.cluster(), withContainer(request.cluster(), request.task(), request.container()),
        request.container(), request.exitCode());
    return describe(request.cluster(), request.task());
  }

  @Override
  public Task failHealthChecks(ContainerFaultRequest request) {
    containers.failHealthChecks(request.cluster(), withContainer(request.cluster(), request.task(),
        request.container()), request.container());
    return describe(request.cluster(), request.task());
  }

  /** The task, once it is known to have the container ({@link Task#container} says which it has). */
  private Task withContainer(String cluster, String task, String container) {
    Task described = describe(cluster, task);
    described.container(container);
    return described;
  }

  private Task describe(String cluster, String task) {
    return loop.call(() -> plane.tasks().describeTask(cluster, task));
  }

  @Override
  public ContainerInstance terminateInstance(InstanceFaultRequest request) {
    return loop.call(() -> plane.faults().terminateInstance(request.cluster(), request.containerInstance()));
  }

  @Override
  public ContainerInstance disconnectAgent(InstanceFaultRequest request) {
    return loop.call(() -> plane.faults().disconnectAgent(request.cluster(), request.containerInstance()));
  }

  @Override
  public ContainerInstance reconnectAgent(InstanceFaultRequest request) {
    return loop.call(() -> plane.faults().reconnectAgent(request.cluster(), request.containerInstance()));
  }

  @Override
  public ContainerInstance launchInstance(LaunchInstanceRequest request) {
    return loop.call(() -> plane.faults().launchInstance(request.cluster(), request.instanceGroup()));
  }

  @Override
  public Task interruptSpotTask(TaskFaultRequest request) {
    return loop.call(() -> plane.tasks().interruptSpotTask(request.cluster(), request.task()));
  }

  @Override
  public List<String> loseAvailabilityZone(String availabilityZone) {
    return loop.call(() -> plane.faults().loseAvailabilityZone(availabilityZone));
  }

  @Override
  public void restoreAvailabilityZone(String availabilityZone) {
    loop.call(() -> {
      plane.faults().restoreAvailabilityZone(availabilityZone);
      return null;
    });
  }

  @Override
  public int exhaustSubnet(String subnetId) {
    return loop.call(() -> plane.faults().exhaustSubnet(subnetId));
  }

  @Override
  public int releaseSubnet(String subnetId) {
    return loop.call(() -> plane.faults().releaseSubnet(subnetId));
  }
}

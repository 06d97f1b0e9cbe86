package dev.ecsdsl.control.placement;

import java.util.List;
import java.util.Objects;

/**
 * What one placed task holds on its instance: the demand it was placed with and the dynamic host
 * ports it was given. Hand it to {@link ClusterPlacement#release(Allocation)} when the task stops.
 * An allocation is released at most once; it remembers the registration it was made on, so
 * releasing it after its instance deregistered (or re-registered under the same ARN) does nothing.
 */
public final class Allocation {
  private final InstanceState instance;
  private final TaskDemand demand;
  private final List<Integer> dynamicTcpHostPorts;
  private final List<Integer> dynamicUdpHostPorts;
  private boolean released;

  Allocation(InstanceState instance, TaskDemand demand, List<Integer> dynamicTcp, List<Integer> dynamicUdp) {
    this.instance = instance;
    this.demand = Objects.requireNonNull(demand, "demand");
    this.dynamicTcpHostPorts = List.copyOf(dynamicTcp);
    this.dynamicUdpHostPorts = List.copyOf(dynamicUdp);
  }

  /**
   * The instance the task was placed on.
   *
   * @return the container instance's ARN
   */
  public String containerInstanceArn() {
    return instance.spec().containerInstanceArn();
  }

  /**
   * The demand the task was placed with.
   *
   * @return the demand
   */
  public TaskDemand demand() {
    return demand;
  }

  /**
   * The TCP host ports picked for the task's dynamic port mappings.
   *
   * @return the TCP host ports
   */
  public List<Integer> dynamicTcpHostPorts() {
    return dynamicTcpHostPorts;
  }

  /**
   * The UDP host ports picked for the task's dynamic port mappings.
   *
   * @return the UDP host ports
   */
  public List<Integer> dynamicUdpHostPorts() {
    return dynamicUdpHostPorts;
  }

  /**
   * Whether {@link ClusterPlacement#release(Allocation)} was called with this allocation.
   *
   * @return true once released
   */
  public boolean released() {
    return released;
  }

  InstanceState instance() {
    return instance;
  }

  void markReleased() {
    released = true;
  }

  @Override
  public String toString() {
    return "Allocation[" + containerInstanceArn() + ", " + demand.group() + ", cpu=" + demand.cpu()
        + ", memory=" + demand.memory() + ", tcp=" + dynamicTcpHostPorts + ", udp=" + dynamicUdpHostPorts
        + (released ? ", released" : "") + "]";
  }
}

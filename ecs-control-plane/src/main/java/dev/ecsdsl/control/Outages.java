package dev.ecsdsl.control;

import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Outages a test injects into the control plane's world: a whole Availability Zone lost (its instances
 * terminated, its Fargate tasks gone, no ENI can be created in its subnets until it comes back), and a
 * subnet whose free addresses all go to someone else. The service scheduler then recovers as ECS would,
 * in the zones and subnets that are left.
 */
final class Outages {
  private final Environment environment;
  private final SubnetAddresses addresses;
  private final EventLog log;
  private final TaskLifecycle lifecycle;
  private final Set<String> lostZones = new LinkedHashSet<>();

  Outages(Environment environment, SubnetAddresses addresses, EventLog log, TaskLifecycle lifecycle) {
    this.environment = environment;
    this.addresses = addresses;
    this.log = log;
    this.lifecycle = lifecycle;
  }

  /**
   * The zone goes dark: each of its container instances is terminated ({@code terminate}), every other
   * task there (Fargate, which has no instance) stops with TerminationNotice, and its subnets take no new
   * ENIs. Returns the instances it terminated, as ARNs.
   */
  List<String> loseZone(String zone, Collection<ClusterState> clusters, Terminator terminate) {
    requireKnown(zone, clusters);
    if (!lostZones.add(zone)) {
      throw new IllegalStateException("Availability Zone " + zone + " is already lost");
    }
    subnetsIn(zone).forEach(s -> addresses.blocked(s.subnetId(), true));
    log.record(EventType.OUTAGE, "", zone, "Availability Zone " + zone + " lost");
    List<String> terminated = new ArrayList<>();
    String reason = "Availability Zone " + zone + " lost.";
    for (ClusterState cluster : clusters) {
      for (InstanceRecord instance : List.copyOf(cluster.instances.values())) {
        if (instance.zone().equals(zone) && instance.status != ContainerInstanceStatus.INACTIVE) {
          terminate.terminate(cluster, instance);
          terminated.add(instance.arn());
        }
      }
      for (TaskRecord task : List.copyOf(cluster.tasks.values())) {
        if (task.instance.isEmpty() && task.lastStatus != TaskStatus.STOPPED
            && zone.equals(task.launch.availabilityZone())) {
          lifecycle.hostLost(task, reason);
        }
      }
    }
    return terminated;
  }

  /** The zone is back: its subnets take ENIs again. Terminated instances stay terminated. */
  void restoreZone(String zone) {
    if (!lostZones.remove(zone)) {
      throw new IllegalStateException("Availability Zone " + zone + " is not lost; lost zones: " + lostZones);
    }
    subnetsIn(zone).forEach(s -> addresses.blocked(s.subnetId(), false));
    log.record(EventType.OUTAGE, "", zone, "Availability Zone " + zone + " restored");
  }

  /** Whether the zone is lost now. */
  boolean isLost(String zone) {
    return lostZones.contains(zone);
  }

  /** Every free address of the subnet goes to other ENIs; returns how many. */
  int exhaustSubnet(String subnetId) {
    requireSubnet(subnetId);
    int taken = addresses.exhaust(subnetId);
    log.record(EventType.OUTAGE, "", subnetId, "subnet " + subnetId + " exhausted: " + taken
        + " free addresses taken by other ENIs");
    return taken;
  }

  /** The addresses {@link #exhaustSubnet} took are free again; returns how many. */
  int releaseSubnet(String subnetId) {
    requireSubnet(subnetId);
    int released = addresses.releaseHeld(subnetId);
    log.record(EventType.OUTAGE, "", subnetId, "subnet " + subnetId + ": " + released + " addresses freed");
    return released;
  }

  private List<Subnet> subnetsIn(String zone) {
    return environment.vpc().subnets().stream().filter(s -> s.availabilityZone().equals(zone)).toList();
  }

  private void requireKnown(String zone, Collection<ClusterState> clusters) {
    Set<String> zones = new TreeSet<>();
    environment.vpc().subnets().forEach(s -> zones.add(s.availabilityZone()));
    clusters.forEach(c -> c.instances.values().forEach(i -> zones.add(i.zone())));
    if (!zones.contains(zone)) {
      throw new IllegalArgumentException("unknown Availability Zone " + zone + "; the environment uses " + zones);
    }
  }

  private void requireSubnet(String subnetId) {
    if (environment.vpc().subnet(subnetId).isEmpty()) {
      throw new IllegalArgumentException("unknown subnet " + subnetId + "; the VPC has "
          + environment.vpc().subnets().stream().map(Subnet::subnetId).toList());
    }
  }

  /** Terminates one container instance (the control plane's TerminateInstance path). */
  @FunctionalInterface
  interface Terminator {
    void terminate(ClusterState cluster, InstanceRecord instance);
  }
}

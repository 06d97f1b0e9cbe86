package dev.ecsdsl.control.faults;

import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.Clusters;
import dev.ecsdsl.control.clusters.InstanceFleet;
import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.placement.SubnetAddresses;
import dev.ecsdsl.control.tasks.TaskLifecycle;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.ArrayList;
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
public final class Outages {
  private final Clusters clusters;
  private final InstanceFleet fleet;
  private final TaskLifecycle lifecycle;
  private final SubnetAddresses addresses;
  private final EventLog log;
  private final Set<String> lostZones = new LinkedHashSet<>();
  private Environment environment;

  /**
   * Outages of the control plane's clusters and subnets.
   *
   * @param clusters the clusters
   * @param fleet terminates the instances of a lost zone
   * @param lifecycle stops the Fargate tasks of a lost zone
   * @param addresses the subnets' addresses
   * @param log where outages are recorded
   */
  public Outages(Clusters clusters, InstanceFleet fleet, TaskLifecycle lifecycle, SubnetAddresses addresses,
      EventLog log) {
    this.clusters = clusters;
    this.fleet = fleet;
    this.lifecycle = lifecycle;
    this.addresses = addresses;
    this.log = log;
  }

  /**
   * Deploys: the zones and subnets of the description.
   *
   * @param description the deployed description
   */
  public void deploy(Environment description) {
    this.environment = description;
  }

  /**
   * The zone goes dark: each of its container instances is terminated, every other task there (Fargate, which
   * has no instance) stops with TerminationNotice, and its subnets take no new ENIs.
   *
   * @param zone the Availability Zone
   * @return the instances it terminated, as ARNs
   * @throws IllegalArgumentException for a zone the description does not use
   * @throws IllegalStateException when the zone is lost already
   */
  public List<String> loseZone(String zone) {
    requireKnown(zone);
    if (!lostZones.add(zone)) {
      throw new IllegalStateException("Availability Zone " + zone + " is already lost");
    }
    subnetsIn(zone).forEach(s -> addresses.blocked(s.subnetId(), true));
    log.record(EventType.OUTAGE, "", zone, "Availability Zone " + zone + " lost");
    List<String> terminated = new ArrayList<>();
    String reason = "Availability Zone " + zone + " lost.";
    for (ClusterRecord cluster : List.copyOf(clusters.all())) {
      for (InstanceRecord instance : List.copyOf(cluster.instances())) {
        if (instance.zone().equals(zone) && instance.isRegistered()) {
          fleet.terminate(cluster, instance);
          terminated.add(instance.arn());
        }
      }
      for (TaskRecord task : List.copyOf(lifecycle.store().all(cluster))) {
        if (task.instance().isEmpty() && task.lastStatus() != TaskStatus.STOPPED
            && zone.equals(task.launch().availabilityZone())) {
          lifecycle.hostLost(task, reason);
        }
      }
    }
    return terminated;
  }

  /**
   * The zone is back: its subnets take ENIs again. Terminated instances stay terminated.
   *
   * @param zone the Availability Zone lost before
   * @throws IllegalStateException when the zone is not lost
   */
  public void restoreZone(String zone) {
    if (!lostZones.remove(zone)) {
      throw new IllegalStateException("Availability Zone " + zone + " is not lost; lost zones: " + lostZones);
    }
    subnetsIn(zone).forEach(s -> addresses.blocked(s.subnetId(), false));
    log.record(EventType.OUTAGE, "", zone, "Availability Zone " + zone + " restored");
  }

  /**
   * {@return whether the zone is lost now}
   *
   * @param zone the Availability Zone
   */
  public boolean isLost(String zone) {
    return lostZones.contains(zone);
  }

  /**
   * Every free address of the subnet goes to other ENIs.
   *
   * @param subnetId the subnet's id
   * @return how many addresses were taken
   */
  public int exhaustSubnet(String subnetId) {
    requireSubnet(subnetId);
    int taken = addresses.exhaust(subnetId);
    log.record(EventType.OUTAGE, "", subnetId, "subnet " + subnetId + " exhausted: " + taken
        + " free addresses taken by other ENIs");
    return taken;
  }

  /**
   * The addresses {@link #exhaustSubnet} took are free again.
   *
   * @param subnetId the subnet's id
   * @return how many addresses were freed
   */
  public int releaseSubnet(String subnetId) {
    requireSubnet(subnetId);
    int released = addresses.releaseHeld(subnetId);
    log.record(EventType.OUTAGE, "", subnetId, "subnet " + subnetId + ": " + released + " addresses freed");
    return released;
  }

  private List<Subnet> subnetsIn(String zone) {
    return environment.vpc().subnets().stream().filter(s -> s.availabilityZone().equals(zone)).toList();
  }

  private void requireKnown(String zone) {
    Set<String> zones = new TreeSet<>();
    environment.vpc().subnets().forEach(s -> zones.add(s.availabilityZone()));
    clusters.all().forEach(c -> c.instances().forEach(i -> zones.add(i.zone())));
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
}

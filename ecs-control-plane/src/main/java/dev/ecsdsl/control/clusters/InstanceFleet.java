package dev.ecsdsl.control.clusters;

import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.EventType;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The EC2 instances of the clusters' instance groups, as their Auto Scaling groups launch and terminate them:
 * an instance registers with its cluster when it is launched, and leaves it when it is terminated. What else
 * follows (tasks waiting for room are placed, the tasks on a terminated host are lost) is told to the
 * listeners given at construction.
 */
public final class InstanceFleet {
  private static final int MAX_ZONE_TRIES = 64;
  private final EventLoop loop;
  private final EventLog log;
  private final Consumer<ClusterRecord> roomAdded;
  private final BiConsumer<InstanceRecord, String> hostLost;
  private InstanceRegistrar registrar;
  private Predicate<String> zoneLost = zone -> false;

  /**
   * A fleet that tells {@code roomAdded} when an instance registers and {@code hostLost} which instance's tasks
   * were lost with it, and why.
   *
   * @param loop the clock
   * @param log where registrations and terminations are recorded
   * @param roomAdded told of a cluster that has a new instance
   * @param hostLost told of an instance that was terminated, with ECS's stopped reason for its tasks
   */
  public InstanceFleet(EventLoop loop, EventLog log, Consumer<ClusterRecord> roomAdded,
      BiConsumer<InstanceRecord, String> hostLost) {
    this.loop = loop;
    this.log = log;
    this.roomAdded = roomAdded;
    this.hostLost = hostLost;
  }

  /**
   * Deploys: from now on instances are made by {@code instanceRegistrar}, and launched only into zones
   * {@code isZoneLost} does not hold for.
   *
   * @param instanceRegistrar makes the instances of the description's groups
   * @param isZoneLost whether a zone is lost now
   */
  public void deploy(InstanceRegistrar instanceRegistrar, Predicate<String> isZoneLost) {
    this.registrar = instanceRegistrar;
    this.zoneLost = isZoneLost;
  }

  /**
   * Registers the instances a cluster's groups start with (their desired capacity).
   *
   * @param cluster the new cluster
   */
  public void registerInitial(ClusterRecord cluster) {
    for (InstanceGroup group : cluster.description().instanceGroups()) {
      Optional<CapacityProvider> provider = InstanceRegistrar.providerOf(cluster.description().capacityProviders(),
          group);
      for (int i = 0; i < group.desiredCapacity(); i++) {
        register(cluster, registrar.register(cluster.name(), group, i, provider, loop.now()));
      }
    }
  }

  /**
   * A new EC2 instance of one of the cluster's instance groups joins, as its Auto Scaling group would launch
   * one: registered ACTIVE at once, in the group's next zone (round robin) that is not lost.
   *
   * @param cluster the cluster
   * @param groupName the name of the cluster's instance group
   * @return the new instance
   * @throws IllegalArgumentException when the cluster has no such group
   * @throws IllegalStateException when every zone of the group is lost
   */
  public InstanceRecord launch(ClusterRecord cluster, String groupName) {
    InstanceGroup group = cluster.description().instanceGroup(groupName).orElseThrow(() ->
        new IllegalArgumentException("cluster " + cluster.name() + " has no instance group " + groupName
            + "; its groups are " + cluster.description().instanceGroups().stream().map(InstanceGroup::name)
                .toList()));
    return launch(cluster, group, InstanceRegistrar.providerOf(cluster.description().capacityProviders(), group));
  }

  /**
   * A new EC2 instance that a capacity provider launches itself (Amazon ECS Managed Instances): registered ACTIVE
   * at once, as {@link #launch(ClusterRecord, String)} does, from a group that is not part of the description (its
   * name is the provider's; its type is the one the provider chose).
   *
   * @param cluster the cluster
   * @param group what the instance is made from: type, zones, instance profile
   * @param provider the capacity provider the instance belongs to
   * @return the new instance
   * @throws IllegalStateException when every zone of the group is lost
   */
  public InstanceRecord launch(ClusterRecord cluster, InstanceGroup group, Optional<CapacityProvider> provider) {
    String groupName = group.name();
    int index = (int) cluster.instances().stream().filter(i -> i.instanceGroup().equals(groupName)).count();
    for (int tries = 0; tries < MAX_ZONE_TRIES && zoneLost.test(registrar.zoneOf(group, index)); tries++) {
      index++;
    }
    if (zoneLost.test(registrar.zoneOf(group, index))) {
      throw new IllegalStateException("every zone of instance group " + groupName + " is lost");
    }
    InstanceRecord instance = registrar.register(cluster.name(), group, index, provider, loop.now());
    register(cluster, instance);
    return instance;
  }

  /**
   * RegisterContainerInstance: the agent of an EC2 instance outside the cluster's instance groups registers it;
   * ACTIVE at once, with its custom attributes, and tasks waiting for room are placed.
   *
   * @param cluster the cluster
   * @param document the instance's identity document, read
   * @param resources what the agent found, else the type's
   * @param agentVersion the agent's version, else the simulated agent's
   * @param capabilities the agent's own attributes ({@code ecs.}-prefixed), checked
   * @param custom custom attributes, checked
   * @return the new instance
   */
  public InstanceRecord registerAgent(ClusterRecord cluster, IdentityDocument document,
      Optional<ContainerInstance.Resources> resources, Optional<String> agentVersion,
      Map<String, String> capabilities, Map<String, String> custom) {
    InstanceRecord instance = registrar.registerAgent(cluster.name(), document, resources, agentVersion,
        capabilities, loop.now());
    cluster.register(instance);
    if (!custom.isEmpty()) {
      cluster.setCustomAttributes(instance, custom);
    }
    log.record(EventType.INSTANCE_REGISTERED, cluster.name(), instance.subject(), instance.instanceType() + " in "
        + instance.zone() + " (registered by its agent)");
    roomAdded.accept(cluster);
    return instance;
  }

  /**
   * The EC2 instance is terminated: out of placement, its tasks lost ({@code TerminationNotice}), deregistered.
   *
   * @param cluster the instance's cluster
   * @param instance a registered instance of the cluster
   */
  public void terminate(ClusterRecord cluster, InstanceRecord instance) {
    String reason = "Host EC2 (instance " + instance.ec2InstanceId() + ") terminated.";
    cluster.terminate(instance, loop.now());
    hostLost.accept(instance, reason);
    log.record(EventType.INSTANCE_STATUS_CHANGED, cluster.name(), instance.subject(), "INACTIVE (" + reason + ")");
  }

  private void register(ClusterRecord cluster, InstanceRecord instance) {
    cluster.register(instance);
    log.record(EventType.INSTANCE_REGISTERED, cluster.name(), instance.subject(), instance.instanceType() + " in "
        + instance.zone() + " (group " + instance.instanceGroup() + ")");
    roomAdded.accept(cluster);
  }
}

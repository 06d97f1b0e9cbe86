package dev.ecsdsl.control.clusters;

import dev.ecsdsl.control.placement.ClusterPlacement;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One cluster: its description, its container instances and its placement state. The one place where an
 * instance's status, agent connection and attributes change: each change is made here, on the
 * {@link InstanceRecord} and in {@link ClusterPlacement} together, so that the two never disagree.
 */
public final class ClusterRecord {
  private Cluster description;
  private final String arn;
  private final ClusterPlacement placement = new ClusterPlacement();
  private final Map<String, InstanceRecord> instances = new LinkedHashMap<>();

  ClusterRecord(Cluster description, String arn) {
    this.description = description;
    this.arn = arn;
  }

  /** {@return the cluster's name} */
  public String name() {
    return description.clusterName();
  }

  /** {@return the cluster's ARN} */
  public String arn() {
    return arn;
  }

  /** {@return the cluster's description: its capacity providers, default strategy, instance groups} */
  public Cluster description() {
    return description;
  }

  /**
   * PutClusterCapacityProviders: the description with other providers and default strategy.
   *
   * @param replacement the new description of the same cluster
   */
  public void describedAs(Cluster replacement) {
    if (!replacement.clusterName().equals(name())) {
      throw new IllegalArgumentException("cluster " + name() + " cannot be described as " + replacement.clusterName());
    }
    description = replacement;
  }

  /** {@return the cluster's placement engine: what each instance holds, and the indexes over them} */
  public ClusterPlacement placement() {
    return placement;
  }

  /** {@return every instance the cluster has had, in registration order, deregistered ones included} */
  public Collection<InstanceRecord> instances() {
    return Collections.unmodifiableCollection(instances.values());
  }

  /**
   * {@return an instance by ARN, id or EC2 instance id, deregistered ones included}
   *
   * @param reference the instance's ARN, id or EC2 instance id
   */
  public Optional<InstanceRecord> instance(String reference) {
    InstanceRecord byArn = instances.get(reference);
    if (byArn != null) {
      return Optional.of(byArn);
    }
    return instances.values().stream().filter(i -> i.isNamedBy(reference)).findFirst();
  }

  /** {@return whether an instance is registered (ACTIVE or DRAINING)} */
  public boolean hasRegisteredInstances() {
    return instances.values().stream().anyMatch(InstanceRecord::isRegistered);
  }

  // ---- the one place an instance's state changes ----

  void register(InstanceRecord instance) {
    instances.put(instance.arn(), instance);
    placement.register(instance.spec());
  }

  /**
   * UpdateContainerInstancesState: ACTIVE or DRAINING.
   *
   * @param instance a registered instance of this cluster
   * @param status ACTIVE or DRAINING
   * @return whether the status changed
   */
  public boolean setStatus(InstanceRecord instance, ContainerInstanceStatus status) {
    if (status == ContainerInstanceStatus.INACTIVE || !instance.isRegistered()) {
      throw new IllegalArgumentException("only a registered instance goes ACTIVE or DRAINING: " + instance);
    }
    if (instance.status == status) {
      return false;
    }
    instance.status = status;
    placement.setDraining(instance.arn(), status == ContainerInstanceStatus.DRAINING);
    return true;
  }

  /**
   * DeregisterContainerInstance: INACTIVE, out of placement (its tasks may run on).
   *
   * @param instance a registered instance of this cluster
   */
  public void deregister(InstanceRecord instance) {
    instance.status = ContainerInstanceStatus.INACTIVE;
    placement.deregister(instance.arn());
  }

  /**
   * The EC2 instance is gone: its agent with it, and out of placement first, so that the room its tasks free
   * as they are lost goes nowhere.
   *
   * @param instance a registered instance of this cluster
   * @param at when it was terminated
   */
  public void terminate(InstanceRecord instance, Instant at) {
    instance.agentConnected = false;
    instance.status = ContainerInstanceStatus.INACTIVE;
    instance.terminatedAt = Optional.of(at);
    placement.deregister(instance.arn());
  }

  /**
   * The instance's agent connects or disconnects.
   *
   * @param instance an instance of this cluster
   * @param connected whether the agent is connected now
   * @return whether that changed
   */
  public boolean setAgentConnected(InstanceRecord instance, boolean connected) {
    if (instance.agentConnected == connected) {
      return false;
    }
    instance.agentConnected = connected;
    if (instance.isRegistered()) {
      placement.setAgentConnected(instance.arn(), connected);
    }
    return true;
  }

  /**
   * PutAttributes or DeleteAttributes: the instance's custom attributes from now on, which placement sees at
   * once.
   *
   * @param instance a registered instance of this cluster
   * @param custom the custom attributes, in order
   */
  public void setCustomAttributes(InstanceRecord instance, Map<String, String> custom) {
    instance.customAttributes.clear();
    instance.customAttributes.putAll(custom);
    placement.setAttributes(instance.arn(), instance.attributes());
  }

  @Override
  public String toString() {
    return "cluster " + name();
  }
}

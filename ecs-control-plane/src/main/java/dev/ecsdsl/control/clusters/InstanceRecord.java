package dev.ecsdsl.control.clusters;

import dev.ecsdsl.control.placement.InstanceSpec;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The control plane's state of one container instance. Its status, agent connection and custom attributes
 * change only through its {@link ClusterRecord}, which keeps placement's view of the instance in step.
 */
public final class InstanceRecord {
  private final InstanceSpec spec;
  private final String instanceGroup;
  private final Optional<String> capacityProvider;
  ContainerInstanceStatus status = ContainerInstanceStatus.ACTIVE;
  boolean agentConnected = true;
  Optional<Instant> terminatedAt = Optional.empty();
  /** Attributes put with PutAttributes, in the order put ({@code ""} for one without a value). */
  final Map<String, String> customAttributes = new LinkedHashMap<>();

  InstanceRecord(InstanceSpec spec, String instanceGroup, Optional<String> capacityProvider) {
    this.spec = spec;
    this.instanceGroup = instanceGroup;
    this.capacityProvider = capacityProvider;
  }

  /** {@return what the instance registered with: resources, reserved ports, ECS's attributes} */
  public InstanceSpec spec() {
    return spec;
  }

  /** {@return the container instance's ARN} */
  public String arn() {
    return spec.containerInstanceArn();
  }

  /** {@return the EC2 instance id} */
  public String ec2InstanceId() {
    return spec.ec2InstanceId();
  }

  /** {@return the instance group (Auto Scaling group) it belongs to} */
  public String instanceGroup() {
    return instanceGroup;
  }

  /** {@return the Auto Scaling group capacity provider of its group, if the cluster has one} */
  public Optional<String> capacityProvider() {
    return capacityProvider;
  }

  /** {@return ACTIVE, DRAINING or INACTIVE (deregistered)} */
  public ContainerInstanceStatus status() {
    return status;
  }

  /** {@return whether it is registered (not INACTIVE)} */
  public boolean isRegistered() {
    return status != ContainerInstanceStatus.INACTIVE;
  }

  /** {@return whether its container agent is connected} */
  public boolean agentConnected() {
    return agentConnected;
  }

  /** {@return when the EC2 instance was terminated (a deregistered instance may still run)} */
  public Optional<Instant> terminatedAt() {
    return terminatedAt;
  }

  /** {@return ECS's attributes and the registration's, then the custom ones} */
  public Map<String, String> attributes() {
    Map<String, String> all = new LinkedHashMap<>(spec.attributes());
    all.putAll(customAttributes);
    return all;
  }

  /** {@return the custom attributes, in the order put} */
  public Map<String, String> customAttributes() {
    return Map.copyOf(customAttributes);
  }

  /** {@return its Availability Zone} */
  public String zone() {
    return spec.attributes().get("ecs.availability-zone");
  }

  /** {@return its instance type, e.g. {@code m5.large}} */
  public String instanceType() {
    return spec.attributes().get("ecs.instance-type");
  }

  /** {@return {@code instance/<EC2 instance id>}, how the timeline names it} */
  public String subject() {
    return "instance/" + ec2InstanceId();
  }

  /**
   * {@return whether {@code reference} names this instance: its ARN, its id or its EC2 instance id}
   *
   * @param reference an ARN, id or EC2 instance id
   */
  public boolean isNamedBy(String reference) {
    return arn().equals(reference) || arn().endsWith("/" + reference) || ec2InstanceId().equals(reference);
  }

  @Override
  public String toString() {
    return ec2InstanceId() + " (" + status + ")";
  }
}

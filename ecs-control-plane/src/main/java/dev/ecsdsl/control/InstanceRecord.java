package dev.ecsdsl.control;

import dev.ecsdsl.control.placement.InstanceSpec;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The control plane's state of one container instance. */
final class InstanceRecord {
  final InstanceSpec spec;
  final String instanceGroup;
  final Optional<String> capacityProvider;
  ContainerInstanceStatus status = ContainerInstanceStatus.ACTIVE;
  boolean agentConnected = true;
  /** When the EC2 instance was terminated (a deregistered instance may still run). */
  Optional<Instant> terminatedAt = Optional.empty();
  /** Agent reports that arrived while the agent was disconnected, delivered on reconnect. */
  final List<Runnable> heldReports = new ArrayList<>();
  /** Calls to the agent that wait for it to reconnect. */
  final List<Runnable> heldCalls = new ArrayList<>();
  /** Attributes put with PutAttributes, in the order put ({@code ""} for one without a value). */
  final Map<String, String> customAttributes = new LinkedHashMap<>();

  InstanceRecord(InstanceSpec spec, String instanceGroup, Optional<String> capacityProvider) {
    this.spec = spec;
    this.instanceGroup = instanceGroup;
    this.capacityProvider = capacityProvider;
  }

  String arn() {
    return spec.containerInstanceArn();
  }

  String ec2InstanceId() {
    return spec.ec2InstanceId();
  }

  /** ECS's attributes and the registration's, then the custom ones. */
  Map<String, String> attributes() {
    Map<String, String> all = new LinkedHashMap<>(spec.attributes());
    all.putAll(customAttributes);
    return all;
  }

  String zone() {
    return spec.attributes().get("ecs.availability-zone");
  }

  /** Whether {@code reference} names this instance: its ARN, its id or its EC2 instance id. */
  boolean isNamedBy(String reference) {
    return arn().equals(reference) || arn().endsWith("/" + reference) || ec2InstanceId().equals(reference);
  }
}

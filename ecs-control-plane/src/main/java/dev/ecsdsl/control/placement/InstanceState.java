package dev.ecsdsl.control.placement;

import dev.ecsdsl.cql.InstanceView;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One registered instance as placement tracks it: what is left of it and which tasks it holds. It is
 * also the {@link InstanceView} that {@code memberOf} expressions are evaluated against, so its
 * accessors return stored values.
 */
final class InstanceState implements InstanceView {
  private final InstanceSpec spec;
  private final int slot;
  private Map<String, Optional<String>> attributes;
  final PortTable tcp;
  final PortTable udp;
  private final Map<String, int[]> groupCounts = new HashMap<>();
  private final Set<String> groupsView = Collections.unmodifiableSet(groupCounts.keySet());

  int remainingCpu;
  int remainingMemory;
  int remainingEnis;
  int running;
  boolean draining;
  boolean agentConnected = true;
  boolean registered = true;

  InstanceState(InstanceSpec spec, int slot) {
    this.spec = spec;
    this.slot = slot;
    replaceAttributes(spec.attributes());
    this.tcp = new PortTable(spec.reservedTcpPorts());
    this.udp = new PortTable(spec.reservedUdpPorts());
    this.remainingCpu = spec.cpu();
    this.remainingMemory = spec.memory();
    this.remainingEnis = spec.taskEnis();
  }

  /** Replaces the attributes (PutAttributes and DeleteAttributes change an instance's custom ones). */
  void replaceAttributes(Map<String, String> replacement) {
    Map<String, Optional<String>> optionals = new HashMap<>();
    replacement.forEach((name, value) -> optionals.put(name, Optional.of(value)));
    this.attributes = optionals;
  }

  InstanceSpec spec() {
    return spec;
  }

  /** Position in registration order; never reused, so it also tells registrations apart. */
  int slot() {
    return slot;
  }

  String zone() {
    return spec.availabilityZone();
  }

  /** ACTIVE with a connected agent: a candidate for new tasks. */
  boolean schedulable() {
    return registered && !draining && agentConnected;
  }

  int groupCount(String group) {
    int[] count = groupCounts.get(group);
    return count == null ? 0 : count[0];
  }

  Map<String, int[]> groupCounts() {
    return groupCounts;
  }

  void addTask(String group) {
    running++;
    groupCounts.computeIfAbsent(group, g -> new int[1])[0]++;
  }

  void removeTask(String group) {
    running--;
    int[] count = groupCounts.get(group);
    if (--count[0] == 0) {
      groupCounts.remove(group);
    }
  }

  /** The EC2 instance id, which explanations use to name the instance. */
  String name() {
    return spec.ec2InstanceId();
  }

  @Override
  public Optional<String> attribute(String name) {
    Optional<String> value = attributes.get(name);
    return value == null ? Optional.empty() : value;
  }

  @Override
  public String ec2InstanceId() {
    return spec.ec2InstanceId();
  }

  @Override
  public boolean agentConnected() {
    return agentConnected;
  }

  @Override
  public String agentVersion() {
    return spec.agentVersion();
  }

  @Override
  public int runningTasksCount() {
    return running;
  }

  @Override
  public Instant registeredAt() {
    return spec.registeredAt();
  }

  @Override
  public Set<String> taskGroups() {
    return groupsView;
  }

  @Override
  public String toString() {
    return spec.ec2InstanceId() + "[cpu " + remainingCpu + "/" + spec.cpu() + ", memory " + remainingMemory
        + "/" + spec.memory() + ", enis " + remainingEnis + "/" + spec.taskEnis() + ", tasks " + running + "]";
  }
}

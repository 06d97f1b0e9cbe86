package dev.ecsdsl.control.placement;

import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one task asks of placement.
 *
 * @param cpu CPU units to reserve (0 allowed)
 * @param memory MiB to reserve (0 allowed)
 * @param staticHostPorts host ports the task needs exactly ({@code bridge} mappings with a host
 *     port, or {@code host} network mode)
 * @param dynamicTcpHostPorts TCP host ports to pick from the instance's ephemeral range
 *     ({@code bridge} mappings whose host port is 0 or absent)
 * @param dynamicUdpHostPorts UDP host ports to pick from the ephemeral range
 * @param needsEni whether the task needs an elastic network interface of its own
 *     ({@code awsvpc} network mode on EC2)
 * @param allowedZones the Availability Zones the task may run in (those of its {@code awsvpc}
 *     subnets); empty means any
 * @param group the task group, e.g. {@code family:web} or {@code service:web}; {@code spread} and
 *     {@code distinctInstance} count tasks of this group
 * @param constraints placement constraints: those of RunTask or the service, and the task
 *     definition's {@code memberOf} constraints
 * @param strategies placement strategies, applied in this order; empty means {@code random}, the
 *     RunTask default
 * @param candidates the only instances the task may go to: those of its capacity provider's Auto Scaling
 *     group; empty means any instance of the cluster
 */
public record TaskDemand(
    int cpu,
    int memory,
    List<HostPort> staticHostPorts,
    int dynamicTcpHostPorts,
    int dynamicUdpHostPorts,
    boolean needsEni,
    Set<String> allowedZones,
    String group,
    List<PlacementConstraint> constraints,
    List<PlacementStrategy> strategies,
    Optional<Candidates> candidates) {

  /**
   * Copies the collections; rejects nulls and negative amounts.
   *
   * @param cpu CPU units, not negative
   * @param memory MiB, not negative
   * @param staticHostPorts static host ports, copied
   * @param dynamicTcpHostPorts dynamic TCP ports, not negative
   * @param dynamicUdpHostPorts dynamic UDP ports, not negative
   * @param needsEni whether an ENI is needed
   * @param allowedZones allowed zones, copied; empty for any
   * @param group the task group, not null
   * @param constraints placement constraints, copied
   * @param strategies placement strategies, copied
   * @param candidates the capacity provider's instances, or empty for any
   */
  public TaskDemand {
    if (cpu < 0 || memory < 0 || dynamicTcpHostPorts < 0 || dynamicUdpHostPorts < 0) {
      throw new IllegalArgumentException(
          "cpu, memory and dynamic host port counts must not be negative: cpu=" + cpu
              + ", memory=" + memory + ", dynamicTcpHostPorts=" + dynamicTcpHostPorts
              + ", dynamicUdpHostPorts=" + dynamicUdpHostPorts);
    }
    staticHostPorts = List.copyOf(staticHostPorts);
    if (allowedZones.isEmpty()) {
      allowedZones = Set.of();
    } else {
      allowedZones = Collections.unmodifiableSet(new LinkedHashSet<>(allowedZones));
      if (allowedZones.contains(null)) {
        throw new NullPointerException("allowedZones contains null");
      }
    }
    Objects.requireNonNull(group, "group");
    constraints = List.copyOf(constraints);
    strategies = List.copyOf(strategies);
    Objects.requireNonNull(candidates, "candidates");
  }

  /**
   * A task that may go to any instance of the cluster.
   *
   * @param cpu CPU units, not negative
   * @param memory MiB, not negative
   * @param staticHostPorts static host ports, copied
   * @param dynamicTcpHostPorts dynamic TCP ports, not negative
   * @param dynamicUdpHostPorts dynamic UDP ports, not negative
   * @param needsEni whether an ENI is needed
   * @param allowedZones allowed zones, copied; empty for any
   * @param group the task group, not null
   * @param constraints placement constraints, copied
   * @param strategies placement strategies, copied
   */
  public TaskDemand(int cpu, int memory, List<HostPort> staticHostPorts, int dynamicTcpHostPorts,
      int dynamicUdpHostPorts, boolean needsEni, Set<String> allowedZones, String group,
      List<PlacementConstraint> constraints, List<PlacementStrategy> strategies) {
    this(cpu, memory, staticHostPorts, dynamicTcpHostPorts, dynamicUdpHostPorts, needsEni, allowedZones, group,
        constraints, strategies, Optional.empty());
  }

  /**
   * The instances of a capacity provider's Auto Scaling group: the only candidates of its tasks.
   *
   * @param capacityProvider the capacity provider's name, for explanations
   * @param containerInstanceArns the group's registered container instances
   */
  public record Candidates(String capacityProvider, Set<String> containerInstanceArns) {
    /**
     * Copies the set.
     *
     * @param capacityProvider the capacity provider's name
     * @param containerInstanceArns the instances' ARNs, copied
     */
    public Candidates {
      Objects.requireNonNull(capacityProvider, "capacityProvider");
      containerInstanceArns = Set.copyOf(containerInstanceArns);
    }
  }

  /**
   * A task that needs only CPU and memory, in the given group, with no constraints or strategies.
   *
   * @param cpu CPU units
   * @param memory MiB
   * @param group the task group, e.g. {@code family:web}
   * @return the demand
   */
  public static TaskDemand of(int cpu, int memory, String group) {
    return new TaskDemand(cpu, memory, List.of(), 0, 0, false, Set.of(), group, List.of(), List.of());
  }

  /**
   * This demand with other strategies.
   *
   * @param newStrategies the strategies, in order
   * @return a copy with them
   */
  public TaskDemand withStrategies(List<PlacementStrategy> newStrategies) {
    return new TaskDemand(cpu, memory, staticHostPorts, dynamicTcpHostPorts, dynamicUdpHostPorts,
        needsEni, allowedZones, group, constraints, newStrategies, candidates);
  }

  /**
   * This demand with other constraints.
   *
   * @param newConstraints the constraints
   * @return a copy with them
   */
  public TaskDemand withConstraints(List<PlacementConstraint> newConstraints) {
    return new TaskDemand(cpu, memory, staticHostPorts, dynamicTcpHostPorts, dynamicUdpHostPorts,
        needsEni, allowedZones, group, newConstraints, strategies, candidates);
  }
}

package dev.ecsdsl.control.placement;

import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.TransportProtocol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A {@link TaskDemand} checked and prepared for the hot path: ports as sorted arrays, constraints
 * parsed (through a cache, so each expression is parsed once), strategies parsed with {@code random}
 * dropped since it ranks nothing.
 */
final class CompiledDemand {
  private static final int[] NO_PORTS = new int[0];
  final TaskDemand demand;
  final int cpu;
  final int memory;
  final int[] staticTcp;
  final int[] staticUdp;
  /** A host port the task asks for twice: no instance can give it. */
  final HostPort duplicatePort;
  final int staticTcpInEphemeralRange;
  final int staticUdpInEphemeralRange;
  final int dynamicTcp;
  final int dynamicUdp;
  final boolean needsEni;
  /** Sorted, for readable details; {@code null} when any zone will do. */
  final Set<String> allowedZones;
  final String group;
  /** The container instances of the task's capacity provider; {@code null} when any instance will do. */
  final java.util.Set<String> candidates;
  final boolean distinctInstance;
  /** Every memberOf constraint, in the order given. */
  final List<MemberOf> memberOf;
  /** Those that read only what is fixed at registration, which indexes can filter on. */
  final List<MemberOf> staticMemberOf;
  private final List<String> staticFilterKey;
  /** The strategies that rank, in order: {@code random} ones are left out. */
  final List<Strategy> strategies;

  /**
   * @param memberOfCache parses an expression, or returns it parsed before; {@code null} to leave
   *     constraints and strategies out, for releasing, which needs only the resources
   */
  CompiledDemand(TaskDemand demand, Function<String, MemberOf> memberOfCache) {
    this.demand = demand;
    this.cpu = demand.cpu();
    this.memory = demand.memory();
    int[] tcp = ports(demand.staticHostPorts(), TransportProtocol.TCP);
    int[] udp = ports(demand.staticHostPorts(), TransportProtocol.UDP);
    HostPort duplicate = duplicate(tcp, TransportProtocol.TCP);
    this.duplicatePort = duplicate != null ? duplicate : duplicate(udp, TransportProtocol.UDP);
    this.staticTcp = distinct(tcp);
    this.staticUdp = distinct(udp);
    this.staticTcpInEphemeralRange = inEphemeralRange(staticTcp);
    this.staticUdpInEphemeralRange = inEphemeralRange(staticUdp);
    this.dynamicTcp = demand.dynamicTcpHostPorts();
    this.dynamicUdp = demand.dynamicUdpHostPorts();
    this.needsEni = demand.needsEni();
    this.allowedZones = demand.allowedZones().isEmpty() ? null : new TreeSet<>(demand.allowedZones());
    this.group = demand.group();
    this.candidates = demand.candidates().map(TaskDemand.Candidates::containerInstanceArns).orElse(null);

    boolean distinct = false;
    List<MemberOf> all = new ArrayList<>();
    List<PlacementConstraint> constraints = memberOfCache == null ? List.of() : demand.constraints();
    for (PlacementConstraint constraint : constraints) {
      switch (constraint.type()) {
        case DISTINCT_INSTANCE:
          if (constraint.expression().isPresent()) {
            throw new IllegalArgumentException(
                "a distinctInstance placement constraint takes no expression, found '"
                    + constraint.expression().get() + "'");
          }
          distinct = true;
          break;
        case MEMBER_OF:
          String expression = constraint.expression().orElseThrow(() -> new IllegalArgumentException(
              "a memberOf placement constraint needs a Cluster Query Language expression"));
          all.add(memberOfCache.apply(expression));
          break;
        default:
          throw new IllegalArgumentException("unknown placement constraint type " + constraint.type());
      }
    }
    this.distinctInstance = distinct;
    this.memberOf = List.copyOf(all);
    List<MemberOf> fixed = new ArrayList<>();
    TreeSet<String> fixedKey = new TreeSet<>();
    for (MemberOf m : all) {
      if (m.isStatic()) {
        fixed.add(m);
        fixedKey.add(m.canonical());
      }
    }
    this.staticMemberOf = fixed.isEmpty() ? List.of() : List.copyOf(fixed);
    this.staticFilterKey = fixedKey.isEmpty() ? List.of() : List.copyOf(fixedKey);

    List<Strategy> ranked = new ArrayList<>();
    List<PlacementStrategy> strategies = memberOfCache == null ? List.of() : demand.strategies();
    for (PlacementStrategy strategy : strategies) {
      Strategy parsed = Strategy.of(strategy);
      if (!(parsed instanceof Strategy.Random)) {
        ranked.add(parsed);
      }
    }
    this.strategies = List.copyOf(ranked);
  }

  int minEnis() {
    return needsEni ? 1 : 0;
  }

  boolean zoneAllowed(InstanceState instance) {
    return allowedZones == null || zoneAllowed(instance.zone());
  }

  /** Whether a zone ({@code null} for none) is one the task may run in; only when zones are given. */
  boolean zoneAllowed(String zone) {
    return zone != null && allowedZones.contains(zone);
  }

  /** The canonical texts of the static memberOf expressions, sorted: part of an index's identity. */
  List<String> staticFilterKey() {
    return staticFilterKey;
  }

  private static int[] ports(List<HostPort> ports, TransportProtocol protocol) {
    if (ports.isEmpty()) {
      return NO_PORTS;
    }
    int[] selected = new int[ports.size()];
    int count = 0;
    for (HostPort port : ports) {
      if (port.protocol() == protocol) {
        selected[count++] = port.port();
      }
    }
    selected = Arrays.copyOf(selected, count);
    Arrays.sort(selected);
    return selected;
  }

  /** The sorted ports without repeats. */
  private static int[] distinct(int[] sorted) {
    int count = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        count++;
      }
    }
    if (count == sorted.length) {
      return sorted;
    }
    int[] distinct = new int[count];
    int next = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        distinct[next++] = sorted[i];
      }
    }
    return distinct;
  }

  private static HostPort duplicate(int[] sorted, TransportProtocol protocol) {
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        return new HostPort(sorted[i], protocol);
      }
    }
    return null;
  }

  private static int inEphemeralRange(int[] ports) {
    int count = 0;
    for (int port : ports) {
      if (PortTable.inEphemeralRange(port)) {
        count++;
      }
    }
    return count;
  }
}

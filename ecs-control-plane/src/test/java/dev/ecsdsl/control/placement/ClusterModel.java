package dev.ecsdsl.control.placement;

import dev.ecsdsl.cql.ClusterQuery;
import dev.ecsdsl.cql.InstanceView;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementConstraintType;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.TransportProtocol;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An independent, deliberately naive model of a cluster for the properties: what each instance
 * holds is recomputed from the live allocations every time, and placement is evaluated by brute
 * force over every instance. It shares no code with the engine beyond the public records and the
 * Cluster Query Language.
 */
final class ClusterModel {
  static final int EPHEMERAL_FIRST = 32768;
  static final int EPHEMERAL_LAST = 60999;

  /** One instance as the model sees it. */
  static final class Node {
    final InstanceSpec spec;
    boolean draining;
    boolean agentConnected = true;
    final List<Allocation> tasks = new ArrayList<>();

    Node(InstanceSpec spec) {
      this.spec = spec;
    }

    int remainingCpu() {
      return spec.cpu() - tasks.stream().mapToInt(a -> a.demand().cpu()).sum();
    }

    int remainingMemory() {
      return spec.memory() - tasks.stream().mapToInt(a -> a.demand().memory()).sum();
    }

    int remainingEnis() {
      return spec.taskEnis() - (int) tasks.stream().filter(a -> a.demand().needsEni()).count();
    }

    /** Reserved ports plus every port of every task, with repeats kept so over-commit shows. */
    List<Integer> portsHeld(TransportProtocol protocol) {
      List<Integer> ports = new ArrayList<>(protocol == TransportProtocol.TCP ? spec.reservedTcpPorts() : spec.reservedUdpPorts());
      for (Allocation task : tasks) {
        for (HostPort port : task.demand().staticHostPorts()) {
          if (port.protocol() == protocol) {
            ports.add(port.port());
          }
        }
        ports.addAll(protocol == TransportProtocol.TCP ? task.dynamicTcpHostPorts() : task.dynamicUdpHostPorts());
      }
      return ports;
    }

    Map<String, Integer> groups() {
      Map<String, Integer> groups = new HashMap<>();
      for (Allocation task : tasks) {
        groups.merge(task.demand().group(), 1, Integer::sum);
      }
      return groups;
    }

    InstanceView view() {
      Node node = this;
      return new InstanceView() {
        @Override
        public Optional<String> attribute(String name) {
          return Optional.ofNullable(node.spec.attributes().get(name));
        }

        @Override
        public String ec2InstanceId() {
          return node.spec.ec2InstanceId();
        }

        @Override
        public boolean agentConnected() {
          return node.agentConnected;
        }

        @Override
        public String agentVersion() {
          return node.spec.agentVersion();
        }

        @Override
        public int runningTasksCount() {
          return node.tasks.size();
        }

        @Override
        public Instant registeredAt() {
          return node.spec.registeredAt();
        }

        @Override
        public Set<String> taskGroups() {
          return node.groups().keySet();
        }
      };
    }
  }

  final Map<String, Node> nodes = new LinkedHashMap<>();

  void register(InstanceSpec spec) {
    nodes.put(spec.containerInstanceArn(), new Node(spec));
  }

  void deregister(String arn) {
    nodes.remove(arn);
  }

  Node node(String arn) {
    return nodes.get(arn);
  }

  void placed(Allocation allocation) {
    nodes.get(allocation.containerInstanceArn()).tasks.add(allocation);
  }

  void released(Allocation allocation) {
    Node node = nodes.get(allocation.containerInstanceArn());
    if (node != null) {
      node.tasks.remove(allocation);
    }
  }

  /** The ECS reason the instance cannot take the task, or {@code null} if it can. */
  String firstFailure(Node node, TaskDemand demand) {
    if (node.draining) {
      return "DRAINING";
    }
    if (!node.agentConnected) {
      return "AGENT";
    }
    if (!demand.allowedZones().isEmpty() && !demand.allowedZones().contains(node.spec.attributes().get("ecs.availability-zone"))) {
      return "LOCATION";
    }
    if (node.remainingCpu() < demand.cpu()) {
      return "RESOURCE:CPU";
    }
    if (node.remainingMemory() < demand.memory()) {
      return "RESOURCE:MEMORY";
    }
    List<Integer> tcp = node.portsHeld(TransportProtocol.TCP);
    List<Integer> udp = node.portsHeld(TransportProtocol.UDP);
    Set<HostPort> asked = new LinkedHashSet<>();
    for (HostPort port : demand.staticHostPorts()) {
      List<Integer> held = port.protocol() == TransportProtocol.TCP ? tcp : udp;
      if (held.contains(port.port()) || !asked.add(port)) {
        return "RESOURCE:PORTS";
      }
    }
    if (demand.needsEni() && node.remainingEnis() < 1) {
      return "RESOURCE:ENI";
    }
    if (!enoughEphemeral(tcp, demand, TransportProtocol.TCP, demand.dynamicTcpHostPorts())
        || !enoughEphemeral(udp, demand, TransportProtocol.UDP, demand.dynamicUdpHostPorts())) {
      return "RESOURCE:PORTS";
    }
    for (PlacementConstraint constraint : demand.constraints()) {
      if (constraint.type() == PlacementConstraintType.MEMBER_OF
          && !ClusterQuery.parse(constraint.expression().orElseThrow()).matches(node.view())) {
        return "MemberOf placement constraint unsatisfied.";
      }
    }
    boolean distinct = demand.constraints().stream().anyMatch(c -> c.type() == PlacementConstraintType.DISTINCT_INSTANCE);
    if (distinct && node.groups().containsKey(demand.group())) {
      return "DistinctInstance placement constraint unsatisfied.";
    }
    return null;
  }

  private static boolean enoughEphemeral(List<Integer> held, TaskDemand demand, TransportProtocol protocol, int dynamic) {
    if (dynamic == 0) {
      return true;
    }
    Set<Integer> used = new TreeSet<>(held);
    demand.staticHostPorts().stream().filter(p -> p.protocol() == protocol).forEach(p -> used.add(p.port()));
    long usedInRange = used.stream().filter(p -> p >= EPHEMERAL_FIRST && p <= EPHEMERAL_LAST).count();
    return EPHEMERAL_LAST - EPHEMERAL_FIRST + 1 - usedInRange >= dynamic;
  }

  List<Node> feasible(TaskDemand demand) {
    return nodes.values().stream().filter(n -> firstFailure(n, demand) == null).collect(Collectors.toList());
  }

  /** The instances placement may choose from: the feasible ones that every strategy ranks best. */
  Set<String> optimal(TaskDemand demand) {
    List<Node> candidates = feasible(demand);
    for (PlacementStrategy strategy : demand.strategies()) {
      if (candidates.isEmpty()) {
        break;
      }
      Map<Node, Long> scores = new LinkedHashMap<>();
      for (Node node : candidates) {
        scores.put(node, score(node, strategy, demand.group()));
      }
      long best = scores.values().stream().mapToLong(Long::longValue).min().orElseThrow();
      candidates = candidates.stream().filter(n -> scores.get(n) == best).collect(Collectors.toList());
    }
    return candidates.stream().map(n -> n.spec.containerInstanceArn()).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private long score(Node node, PlacementStrategy strategy, String group) {
    String field = strategy.field().orElse("");
    switch (strategy.type()) {
      case BINPACK:
        return field.equals("cpu") ? node.remainingCpu() : node.remainingMemory();
      case SPREAD:
        if (field.equals("instanceId") || field.equals("host")) {
          return node.groups().getOrDefault(group, 0);
        }
        String attribute = field.substring("attribute:".length());
        String value = node.spec.attributes().get(attribute);
        long count = 0;
        for (Node other : nodes.values()) {
          if (java.util.Objects.equals(value, other.spec.attributes().get(attribute))) {
            count += other.groups().getOrDefault(group, 0);
          }
        }
        return count;
      default:
        return 0;
    }
  }

  /** Tasks of a group per value of an attribute ({@code null} for instances without it). */
  Map<String, Integer> countsBy(String attribute, String group) {
    Map<String, Integer> counts = new HashMap<>();
    for (Node node : nodes.values()) {
      counts.merge(node.spec.attributes().get(attribute), node.groups().getOrDefault(group, 0), Integer::sum);
    }
    return counts;
  }
}

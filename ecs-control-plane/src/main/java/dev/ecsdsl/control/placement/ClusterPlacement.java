package dev.ecsdsl.control.placement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Task placement for one cluster: the registered container instances, what tasks hold on each, and
 * the indexes that keep placement fast. Not thread-safe; the control plane calls it from its single
 * event loop.
 *
 * <p>Each {@link #place} runs the pipeline ECS documents for the EC2 launch type:
 *
 * <ol>
 *   <li><b>filter</b>: an instance is a candidate if it passes every {@link PlacementCheck}, in order: it
 *       is ACTIVE, its agent is connected, it is one of the task's capacity provider's instances, it is in
 *       one of the task's Availability Zones, it has the CPU, memory, static host ports, task ENI and
 *       dynamic host ports the task needs, it satisfies every {@code memberOf} expression and, with
 *       {@code distinctInstance}, runs no task of the task's group (see {@link FailureReason} for the
 *       reasons reported);
 *   <li><b>strategies</b>, in the order given, each keeping the best-ranked candidates:
 *       {@code binpack} (least remaining CPU or memory), {@code spread} (fewest tasks of the group on
 *       the instance, or on all instances sharing the attribute's value; instances without the
 *       attribute count as one more value), {@code random} (no ranking);
 *   <li><b>pick</b> uniformly at random among the candidates left, with the caller's
 *       {@link RandomGenerator}: the same seed and the same calls give the same placements;
 *   <li><b>reserve</b> CPU, memory, host ports (dynamic ones picked from 32768-60999), an ENI and the
 *       task's group on the chosen instance.
 * </ol>
 */
public final class ClusterPlacement {
  private static final int MAX_CACHED_EXPRESSIONS = 1024;

  private final InstanceRegistry registry = new InstanceRegistry();
  private final CandidateSearch search = new CandidateSearch(registry);
  private final Set<String> deregistered = new HashSet<>();
  private final Map<String, MemberOf> expressions = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, MemberOf> eldest) {
      return size() > MAX_CACHED_EXPRESSIONS;
    }
  };
  private TaskDemand lastDemand;
  private CompiledDemand lastCompiled;

  /** An empty cluster. */
  public ClusterPlacement() {}

  /**
   * Registers an instance: ACTIVE, agent connected, nothing reserved.
   *
   * @param spec the instance as it registers
   * @throws IllegalArgumentException if an instance with that ARN is registered already
   */
  public void register(InstanceSpec spec) {
    Objects.requireNonNull(spec, "spec");
    registry.add(spec);
    deregistered.remove(spec.containerInstanceArn());
  }

  /**
   * Deregisters an instance: it is no longer a candidate and what its tasks held is forgotten;
   * releasing those tasks later does nothing.
   *
   * @param containerInstanceArn the container instance's ARN
   * @throws IllegalArgumentException if no such instance is registered
   */
  public void deregister(String containerInstanceArn) {
    registry.remove(registry.require(containerInstanceArn));
    deregistered.add(containerInstanceArn);
  }

  /**
   * Replaces an instance's attributes (custom attributes put or deleted through the API): memberOf
   * expressions and spread see the new ones from the next placement on; what its tasks hold stays.
   *
   * @param containerInstanceArn the container instance's ARN
   * @param attributes the instance's attributes from now on, by name
   * @throws IllegalArgumentException if no such instance is registered
   */
  public void setAttributes(String containerInstanceArn, Map<String, String> attributes) {
    registry.attributesChanged(registry.require(containerInstanceArn), attributes);
    expressions.clear();
    lastDemand = null;
    lastCompiled = null;
  }

  /**
   * Sets or clears DRAINING: a draining instance keeps its tasks but takes no new ones.
   *
   * @param containerInstanceArn the container instance's ARN
   * @param draining true for DRAINING, false for ACTIVE
   */
  public void setDraining(String containerInstanceArn, boolean draining) {
    InstanceState instance = registry.require(containerInstanceArn);
    instance.draining = draining;
    registry.statusChanged(instance);
  }

  /**
   * Records that the instance's container agent connected or disconnected.
   *
   * @param containerInstanceArn the container instance's ARN
   * @param connected whether the agent is connected now
   */
  public void setAgentConnected(String containerInstanceArn, boolean connected) {
    InstanceState instance = registry.require(containerInstanceArn);
    instance.agentConnected = connected;
    registry.statusChanged(instance);
  }

  /**
   * Chooses an instance for one task and reserves what the task needs there.
   *
   * @param demand what the task asks of placement
   * @param random the source of the final tie-break (and of nothing else)
   * @return the decision; when the task does not fit, why no instance took it
   * @throws IllegalArgumentException if a constraint or strategy is malformed (e.g. a memberOf
   *     expression that is not valid Cluster Query Language, or {@code binpack} on {@code disk})
   */
  public PlacementDecision place(TaskDemand demand, RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    CompiledDemand compiled = compile(demand);
    InstanceState chosen = search.choose(compiled, random);
    if (chosen == null) {
      return FailureExplainer.explain(registry.registered(), compiled);
    }
    return PlacementDecision.placed(reserve(chosen, compiled), "placed on " + chosen.name());
  }

  /**
   * Reserves what a task needs on a given instance without choosing (StartTask, or re-accounting a
   * task that already runs there). Checks the same requirements as {@link #place}, DRAINING
   * included; strategies are ignored.
   *
   * @param containerInstanceArn the container instance's ARN
   * @param demand what the task asks of placement
   * @return the decision; when the task does not fit, its single failure says why
   * @throws IllegalArgumentException if no such instance is registered, or a constraint is malformed
   */
  public PlacementDecision reserveOn(String containerInstanceArn, TaskDemand demand) {
    InstanceState instance = registry.require(containerInstanceArn);
    CompiledDemand compiled = compile(demand);
    PlacementCheck failed = PlacementCheck.firstFailure(instance, compiled);
    if (failed != null) {
      return FailureExplainer.rejectedBy(instance, failed, compiled);
    }
    return PlacementDecision.placed(reserve(instance, compiled), "placed on " + instance.name());
  }

  /**
   * Gives back what a placed task held, when it stops. Does nothing if its instance has deregistered
   * since.
   *
   * @param allocation what {@link #place} or {@link #reserveOn} reserved
   * @throws IllegalStateException if the allocation was released already
   */
  public void release(Allocation allocation) {
    Objects.requireNonNull(allocation, "allocation");
    if (allocation.released()) {
      throw new IllegalStateException("already released: " + allocation);
    }
    allocation.markReleased();
    InstanceState instance = allocation.instance();
    if (instance.registered) {
      unreserve(instance, compileForRelease(allocation.demand()),
          allocation.dynamicTcpHostPorts(), allocation.dynamicUdpHostPorts());
    }
  }

  /**
   * Gives back what a task held, described by its instance, demand and dynamic ports rather than by
   * its {@link Allocation}. Prefer {@link #release(Allocation)}: it also catches a double release.
   * Does nothing for an instance that has deregistered.
   *
   * @param containerInstanceArn the container instance's ARN
   * @param demand the demand the task was placed with
   * @param dynamicTcp the TCP host ports picked for the task
   * @param dynamicUdp the UDP host ports picked for the task
   * @throws IllegalArgumentException if the instance was never registered
   * @throws IllegalStateException if the instance does not hold what is given back (nothing is
   *     changed then)
   */
  public void release(String containerInstanceArn, TaskDemand demand, List<Integer> dynamicTcp, List<Integer> dynamicUdp) {
    InstanceState instance = registry.get(containerInstanceArn);
    if (instance == null) {
      if (deregistered.contains(containerInstanceArn)) {
        return;
      }
      throw new IllegalArgumentException("no container instance " + containerInstanceArn + " was registered in this cluster");
    }
    CompiledDemand compiled = compileForRelease(demand);
    String problem = releaseProblem(instance, compiled, dynamicTcp, dynamicUdp);
    if (problem != null) {
      throw new IllegalStateException("cannot release from " + instance.name() + ": " + problem);
    }
    unreserve(instance, compiled, dynamicTcp, dynamicUdp);
  }

  /**
   * What is left on an instance.
   *
   * @param containerInstanceArn the container instance's ARN
   * @return the instance's remaining resources and tasks
   * @throws IllegalArgumentException if no such instance is registered
   */
  public InstanceUsage usage(String containerInstanceArn) {
    InstanceState instance = registry.require(containerInstanceArn);
    Map<String, Integer> groups = new TreeMap<>();
    instance.groupCounts().forEach((group, count) -> groups.put(group, count[0]));
    return new InstanceUsage(
        containerInstanceArn,
        instance.remainingCpu,
        instance.remainingMemory,
        instance.tcp.inUse(),
        instance.udp.inUse(),
        instance.remainingEnis,
        instance.running,
        groups,
        instance.draining,
        instance.agentConnected);
  }

  /**
   * Whether the task's {@code memberOf} constraints hold for an instance now (a daemon service asks which
   * instances it belongs on). Resources and status are not checked.
   *
   * @param containerInstanceArn the container instance's ARN
   * @param demand the task, whose constraints are checked
   * @return true when every memberOf expression holds
   * @throws IllegalArgumentException if no such instance is registered, or a constraint is malformed
   */
  public boolean meetsConstraints(String containerInstanceArn, TaskDemand demand) {
    InstanceState instance = registry.require(containerInstanceArn);
    return PlacementCheck.MEMBER_OF.admits(instance, compile(demand));
  }

  /**
   * The Availability Zone of a registered instance.
   *
   * @param containerInstanceArn the container instance's ARN
   * @return its zone, or {@code null} when it has no zone attribute
   * @throws IllegalArgumentException if no such instance is registered
   */
  public String zoneOf(String containerInstanceArn) {
    return registry.require(containerInstanceArn).zone();
  }

  /**
   * The registered instances' ARNs, in registration order.
   *
   * @return the ARNs
   */
  public List<String> instanceArns() {
    return registry.arns();
  }

  /**
   * Whether an instance with this ARN is registered.
   *
   * @param containerInstanceArn the container instance's ARN
   * @return true when it is registered
   */
  public boolean isRegistered(String containerInstanceArn) {
    return registry.get(containerInstanceArn) != null;
  }

  /** Tests compare the index shortcuts against the plain scan. */
  void useIndexShortcuts(boolean use) {
    search.useShortcuts(use);
  }

  private CompiledDemand compile(TaskDemand demand) {
    Objects.requireNonNull(demand, "demand");
    if (demand != lastDemand) {
      lastCompiled = new CompiledDemand(demand, this::memberOf);
      lastDemand = demand;
    }
    return lastCompiled;
  }

  /** Releasing needs only the resources; a malformed constraint must not stop a task from giving back. */
  private CompiledDemand compileForRelease(TaskDemand demand) {
    if (demand == lastDemand) {
      return lastCompiled;
    }
    return new CompiledDemand(demand, null);
  }

  private MemberOf memberOf(String expression) {
    MemberOf memberOf = expressions.get(expression);
    if (memberOf == null) {
      memberOf = new MemberOf(expression);
      expressions.put(expression, memberOf);
    }
    return memberOf;
  }

  private Allocation reserve(InstanceState instance, CompiledDemand demand) {
    for (int port : demand.staticTcp) {
      instance.tcp.take(port);
    }
    for (int port : demand.staticUdp) {
      instance.udp.take(port);
    }
    List<Integer> tcp = demand.dynamicTcp == 0 ? List.of() : instance.tcp.takeEphemeral(demand.dynamicTcp);
    List<Integer> udp = demand.dynamicUdp == 0 ? List.of() : instance.udp.takeEphemeral(demand.dynamicUdp);
    instance.remainingCpu -= demand.cpu;
    instance.remainingMemory -= demand.memory;
    if (demand.needsEni) {
      instance.remainingEnis--;
    }
    instance.addTask(demand.group);
    registry.taskAdded(instance, demand.group);
    registry.resourcesChanged(instance);
    return new Allocation(instance, demand.demand, tcp, udp);
  }

  private void unreserve(InstanceState instance, CompiledDemand demand, List<Integer> tcp, List<Integer> udp) {
    for (int port : demand.staticTcp) {
      instance.tcp.give(port);
    }
    for (int port : demand.staticUdp) {
      instance.udp.give(port);
    }
    for (int port : tcp) {
      instance.tcp.give(port);
    }
    for (int port : udp) {
      instance.udp.give(port);
    }
    instance.remainingCpu += demand.cpu;
    instance.remainingMemory += demand.memory;
    if (demand.needsEni) {
      instance.remainingEnis++;
    }
    instance.removeTask(demand.group);
    registry.taskRemoved(instance, demand.group);
    registry.resourcesChanged(instance);
  }

  private static String releaseProblem(
      InstanceState instance, CompiledDemand demand, List<Integer> tcp, List<Integer> udp) {
    InstanceSpec spec = instance.spec();
    if (instance.groupCount(demand.group) == 0) {
      return "it runs no task of group " + demand.group;
    }
    if (instance.remainingCpu + (long) demand.cpu > spec.cpu()) {
      return "only " + (spec.cpu() - instance.remainingCpu) + " CPU units are reserved, " + demand.cpu + " given back";
    }
    if (instance.remainingMemory + (long) demand.memory > spec.memory()) {
      return "only " + (spec.memory() - instance.remainingMemory) + " MiB are reserved, " + demand.memory + " given back";
    }
    if (demand.needsEni && instance.remainingEnis >= spec.taskEnis()) {
      return "no task ENI is in use";
    }
    if (demand.duplicatePort != null) {
      return "host port " + demand.duplicatePort + " is given back twice";
    }
    if (tcp.size() != demand.dynamicTcp || udp.size() != demand.dynamicUdp) {
      return "the task has " + demand.dynamicTcp + " dynamic tcp and " + demand.dynamicUdp
          + " dynamic udp host ports, " + tcp.size() + " and " + udp.size() + " given back";
    }
    String ports = unheld(instance.tcp, demand.staticTcp, tcp, "tcp");
    return ports != null ? ports : unheld(instance.udp, demand.staticUdp, udp, "udp");
  }

  private static String unheld(PortTable table, int[] staticPorts, List<Integer> dynamicPorts, String protocol) {
    List<Integer> all = new ArrayList<>(dynamicPorts);
    for (int port : staticPorts) {
      all.add(port);
    }
    Set<Integer> seen = new HashSet<>();
    for (Integer port : all) {
      if (port == null || !seen.add(port) || !table.isHeld(port)) {
        return "host port " + port + "/" + protocol + " is not held by a task";
      }
    }
    return null;
  }

}

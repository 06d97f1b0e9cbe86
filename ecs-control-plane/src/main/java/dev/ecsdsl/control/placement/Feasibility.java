package dev.ecsdsl.control.placement;

import java.util.ArrayList;
import java.util.List;

/**
 * The filter stage: whether an instance can take a task, and if not, the first {@link FailureReason}
 * in the documented order and the details explanations need.
 */
final class Feasibility {
  private Feasibility() {}

  /** {@code null} when the instance can take the task. */
  static FailureReason firstFailure(InstanceState instance, CompiledDemand demand) {
    if (instance.draining) {
      return FailureReason.DRAINING;
    }
    if (!instance.agentConnected) {
      return FailureReason.AGENT;
    }
    if (!demand.zoneAllowed(instance)) {
      return FailureReason.LOCATION;
    }
    if (instance.remainingCpu < demand.cpu) {
      return FailureReason.CPU;
    }
    if (instance.remainingMemory < demand.memory) {
      return FailureReason.MEMORY;
    }
    if (blockedStaticPort(instance, demand) != null) {
      return FailureReason.PORTS;
    }
    if (demand.needsEni && instance.remainingEnis < 1) {
      return FailureReason.ENI;
    }
    if (lacksDynamicPorts(instance, demand)) {
      return FailureReason.PORTS;
    }
    if (unsatisfiedMemberOf(instance, demand) != null) {
      return FailureReason.MEMBER_OF;
    }
    if (demand.distinctInstance && instance.groupCount(demand.group) > 0) {
      return FailureReason.DISTINCT_INSTANCE;
    }
    return null;
  }

  static boolean fits(InstanceState instance, CompiledDemand demand) {
    return firstFailure(instance, demand) == null;
  }

  /** A static host port of the task that the instance cannot give, or {@code null}. */
  static HostPort blockedStaticPort(InstanceState instance, CompiledDemand demand) {
    if (demand.duplicatePort != null) {
      return demand.duplicatePort;
    }
    for (int port : demand.staticTcp) {
      if (!instance.tcp.isFree(port)) {
        return HostPort.tcp(port);
      }
    }
    for (int port : demand.staticUdp) {
      if (!instance.udp.isFree(port)) {
        return HostPort.udp(port);
      }
    }
    return null;
  }

  /**
   * Whether the ephemeral range lacks ports for the dynamic mappings. Static ports of the task that
   * fall in the range are taken first, so they count against it too.
   */
  static boolean lacksDynamicPorts(InstanceState instance, CompiledDemand demand) {
    return missingDynamicTcp(instance, demand) > 0 || missingDynamicUdp(instance, demand) > 0;
  }

  private static int missingDynamicTcp(InstanceState instance, CompiledDemand demand) {
    return demand.dynamicTcp == 0
        ? 0
        : demand.dynamicTcp + demand.staticTcpInEphemeralRange - instance.tcp.freeEphemeral();
  }

  private static int missingDynamicUdp(InstanceState instance, CompiledDemand demand) {
    return demand.dynamicUdp == 0
        ? 0
        : demand.dynamicUdp + demand.staticUdpInEphemeralRange - instance.udp.freeEphemeral();
  }

  static MemberOf unsatisfiedMemberOf(InstanceState instance, CompiledDemand demand) {
    for (MemberOf memberOf : demand.memberOf) {
      if (!memberOf.matches(instance)) {
        return memberOf;
      }
    }
    return null;
  }

  /** The {@code detail} of a {@link PlacementFailure}. */
  static String detail(FailureReason reason, InstanceState instance, CompiledDemand demand) {
    switch (reason) {
      case DRAINING:
        return "the container instance is DRAINING";
      case AGENT:
        return "the container agent is disconnected";
      case LOCATION:
        return (instance.zone() == null
                ? "the container instance has no " + InstanceSpec.AVAILABILITY_ZONE + " attribute"
                : "the container instance is in " + instance.zone())
            + "; the task's subnets are in " + String.join(", ", demand.allowedZones);
      case CPU:
        return "needs " + demand.cpu + " CPU units, " + instance.remainingCpu + " remaining";
      case MEMORY:
        return "needs " + demand.memory + " MiB memory, " + instance.remainingMemory + " MiB remaining";
      case PORTS:
        HostPort blocked = blockedStaticPort(instance, demand);
        if (blocked != null) {
          return portDetail(blocked, instance, demand);
        }
        return dynamicPortsDetail(instance, demand);
      case ENI:
        int enis = instance.spec().taskEnis();
        return enis == 0 ? "the instance has no ENI for tasks"
            : enis == 1 ? "its only task ENI is in use"
            : "all " + enis + " task ENIs are in use";
      case MEMBER_OF:
        return "does not satisfy memberOf(" + unsatisfiedMemberOf(instance, demand).expression() + ")";
      case DISTINCT_INSTANCE:
        return "already runs " + tasks(instance.groupCount(demand.group)) + " of group " + demand.group;
      default:
        throw new IllegalStateException("unhandled reason " + reason);
    }
  }

  private static String portDetail(HostPort port, InstanceState instance, CompiledDemand demand) {
    if (port.equals(demand.duplicatePort)) {
      return "host port " + port + " is asked for twice";
    }
    PortTable table = port.protocol() == dev.ecsdsl.model.TransportProtocol.TCP ? instance.tcp : instance.udp;
    return "host port " + port + (table.isReserved(port.port()) ? " is reserved" : " is in use");
  }

  private static String dynamicPortsDetail(InstanceState instance, CompiledDemand demand) {
    if (missingDynamicTcp(instance, demand) > 0) {
      return "needs " + demand.dynamicTcp + " dynamic tcp host ports, " + instance.tcp.freeEphemeral()
          + " free in " + PortTable.EPHEMERAL_FIRST + "-" + PortTable.EPHEMERAL_LAST;
    }
    return "needs " + demand.dynamicUdp + " dynamic udp host ports, " + instance.udp.freeEphemeral()
        + " free in " + PortTable.EPHEMERAL_FIRST + "-" + PortTable.EPHEMERAL_LAST;
  }

  private static String tasks(int count) {
    return count == 1 ? "1 task" : count + " tasks";
  }

  /**
   * Everything the instance lacks for the task, as phrases for "closest instance i-0abc lacked ...";
   * only for instances that passed the status and zone checks. {@code shortfall[0]} receives the
   * missing CPU and memory as fractions of what the task asks, summed, to rank near misses.
   */
  static List<String> unmet(InstanceState instance, CompiledDemand demand, double[] shortfall) {
    List<String> unmet = new ArrayList<>(2);
    double relative = 0;
    if (instance.remainingMemory < demand.memory) {
      int missing = demand.memory - instance.remainingMemory;
      unmet.add("lacked " + missing + " MiB memory");
      relative += (double) missing / demand.memory;
    }
    if (instance.remainingCpu < demand.cpu) {
      int missing = demand.cpu - instance.remainingCpu;
      unmet.add("lacked " + missing + " CPU units");
      relative += (double) missing / demand.cpu;
    }
    HostPort blocked = blockedStaticPort(instance, demand);
    if (blocked != null) {
      unmet.add(port(blocked, instance, demand));
    }
    if (demand.needsEni && instance.remainingEnis < 1) {
      unmet.add("had no free task ENI");
    }
    int tcp = missingDynamicTcp(instance, demand);
    if (tcp > 0) {
      unmet.add("lacked " + tcp + " free dynamic tcp host port" + (tcp == 1 ? "" : "s"));
    }
    int udp = missingDynamicUdp(instance, demand);
    if (udp > 0) {
      unmet.add("lacked " + udp + " free dynamic udp host port" + (udp == 1 ? "" : "s"));
    }
    for (MemberOf memberOf : demand.memberOf) {
      if (!memberOf.matches(instance)) {
        unmet.add("did not satisfy memberOf(" + memberOf.expression() + ")");
      }
    }
    if (demand.distinctInstance && instance.groupCount(demand.group) > 0) {
      unmet.add("already ran a task of group " + demand.group + " (distinctInstance)");
    }
    shortfall[0] = relative;
    return unmet;
  }

  private static String port(HostPort port, InstanceState instance, CompiledDemand demand) {
    if (port.equals(demand.duplicatePort)) {
      return "could not give host port " + port + " twice";
    }
    PortTable table = port.protocol() == dev.ecsdsl.model.TransportProtocol.TCP ? instance.tcp : instance.udp;
    return "had host port " + port + (table.isReserved(port.port()) ? " reserved" : " in use");
  }
}

package dev.ecsdsl.control.placement;

import dev.ecsdsl.model.TransportProtocol;

/**
 * The checks an instance must pass to take a task, in the order placement makes them: the pipeline of
 * filters. Each check is defined once, here: whether the instance passes, the {@link FailureReason} ECS reports
 * when it does not, the detail of that failure, and — for a check that a busy instance fails but an emptier one
 * would pass — what the instance lacks, for the explanation's "closest instance". An instance is reported with
 * the first check it fails. Indexes ({@link CandidateSearch}) decide which instances to visit; every instance
 * they pick has passed these checks.
 */
enum PlacementCheck {
  /** DRAINING instances take no new task. */
  DRAINING(FailureReason.DRAINING, true) {
    @Override
    boolean admits(InstanceState instance, CompiledDemand demand) {
      return !instance.draining;
    }

    @Override
    String detail(InstanceState instance, CompiledDemand demand) {
      return "the container instance is DRAINING";
    }
  },
  /** An instance whose agent is disconnected takes no new task. */
  AGENT(FailureReason.AGENT, true) {
    @Override
    boolean admits(InstanceState instance, CompiledDemand demand) {
      return instance.agentConnected;
    }

    @Override
    String detail(InstanceState instance, CompiledDemand demand) {
      return "the container agent is disconnected";
    }
  },
  /** A task of a capacity provider goes only to the instances of the provider's Auto Scaling group. */
  CAPACITY_PROVIDER(FailureReason.CAPACITY_PROVIDER, true) {
    @Override
    boolean admits(InstanceState instance, CompiledDemand demand) {
      return demand.candidates == null || demand.candidates.contains(instance.spec().containerInstanceArn());
    }

    @Override
    String detail(InstanceState instance, CompiledDemand demand) {
      return "the container instance is not in the Auto Scaling group of capacity provider "
          + demand.demand.candidates().map(TaskDemand.Candidates::capacityProvider).orElse("?");
    }
  },
  /** An awsvpc task runs only in the zones of its subnets. */
  LOCATION(FailureReason.LOCATION, true) {
    @Override
    boolean admits(InstanceState instance, CompiledDemand demand) {
      return demand.zoneAllowed(instance);
    }

    @Override
    String detail(InstanceState instance, CompiledDemand demand) {
      return (instance.zone() == null
              ? "the container instance has no " + InstanceSpec.AVAILABILITY_ZONE + " attribute"
              : "the container instance is in " + instance.zone())
          + "; the task's subnets are in " + String.join(", ", demand.allowedZones);
    }
  },
  /** Enough CPU units left. */
  CPU(FailureReason.CPU, Resource.CPU),
  /** Enough memory left. */
  MEMORY(FailureReason.MEMORY, Resource.MEMORY),
  /** The static host ports the task asks for are free (and asked for once). */
  STATIC_HOST_PORTS(FailureReason.PORTS, false) {
    @Override
    boolean admits(InstanceState instance, CompiledDemand demand) {
      return blockedStaticPort(instance, demand) == null;
    }

    @Override
    String detail(InstanceState instance, CompiledDemand demand) {
      HostPort port = blockedStaticPort(instance, demand);
      return port.equals(demand.duplicatePort) ? "host port " + port + " is asked for twice"
          : "host port " + port + (ports(instance, port).isReserved(port.port()) ? " is reserved" : " is in use");
    }

    @Override
    String lack(InstanceState instance, CompiledDemand demand) {
      HostPort port = blockedStaticPort(instance, demand);
      return port.equals(demand.duplicatePort) ? "could not give host port " + port + " twice"
          : "had host port " + port + (ports(instance, port).isReserved(port.port()) ? " reserved" : " in use");
    }
  },
  /** A free task ENI for an awsvpc task. */
  TASK_ENI(FailureReason.ENI, false) {
    @Override
    boolean admits(InstanceState instance, CompiledDemand demand) {
      return !demand.needsEni || instance.remainingEnis >= 1;
    }

    @Override
    String detail(InstanceState instance, CompiledDemand demand) {
      int enis = instance.spec().taskEnis();
      return enis == 0 ? "the instance has no ENI for tasks"
          : enis == 1 ? "its only task ENI is in use"
          : "all " + enis + " task ENIs are in use";
    }

    @Override
    String lack(InstanceState instance, CompiledDemand demand) {
      return "had no free task ENI";
    }
  },
  /**
   * Free ports in the ephemeral range for the dynamic mappings. Static ports of the task that fall in the range
   * are taken first, so they count against it too.
   */
  DYNAMIC_HOST_PORTS(FailureReason.PORTS, false) {
    @Override
    boolean admits(InstanceState instance, CompiledDemand demand) {
      return missingDynamicTcp(instance, demand) <= 0 && missingDynamicUdp(instance, demand) <= 0;
    }

    @Override
    String detail(InstanceState instance, CompiledDemand demand) {
      return missingDynamicTcp(instance, demand) > 0
          ? "needs " + demand.dynamicTcp + " dynamic tcp host ports, " + instance.tcp.freeEphemeral() + " free in "
              + PortTable.EPHEMERAL_FIRST + "-" + PortTable.EPHEMERAL_LAST
          : "needs " + demand.dynamicUdp + " dynamic udp host ports, " + instance.udp.freeEphemeral() + " free in "
              + PortTable.EPHEMERAL_FIRST + "-" + PortTable.EPHEMERAL_LAST;
    }

    @Override
    String lack(InstanceState instance, CompiledDemand demand) {
      int tcp = missingDynamicTcp(instance, demand);
      int udp = missingDynamicUdp(instance, demand);
      String tcpLack = tcp > 0 ? "lacked " + tcp + " free dynamic tcp host port" + (tcp == 1 ? "" : "s") : "";
      String udpLack = udp > 0 ? "lacked " + udp + " free dynamic udp host port" + (udp == 1 ? "" : "s") : "";
      return tcpLack.isEmpty() ? udpLack : udpLack.isEmpty() ? tcpLack : tcpLack + " and " + udpLack;
    }
  },
  /** Every memberOf expression of the task holds for the instance. */
  MEMBER_OF(FailureReason.MEMBER_OF, true) {
    @Override
    boolean admits(InstanceState instance, CompiledDemand demand) {
      return unsatisfiedMemberOf(instance, demand) == null;
    }

    @Override
    String detail(InstanceState instance, CompiledDemand demand) {
      return "does not satisfy memberOf(" + unsatisfiedMemberOf(instance, demand).expression() + ")";
    }
  },
  /** With distinctInstance, the instance runs no task of the task's group. */
  DISTINCT_INSTANCE(FailureReason.DISTINCT_INSTANCE, false) {
    @Override
    boolean admits(InstanceState instance, CompiledDemand demand) {
      return !demand.distinctInstance || instance.groupCount(demand.group) == 0;
    }

    @Override
    String detail(InstanceState instance, CompiledDemand demand) {
      int count = instance.groupCount(demand.group);
      return "already runs " + (count == 1 ? "1 task" : count + " tasks") + " of group " + demand.group;
    }

    @Override
    String lack(InstanceState instance, CompiledDemand demand) {
      return "already ran a task of group " + demand.group + " (distinctInstance)";
    }
  };

  private static final PlacementCheck[] PIPELINE = values();

  private final FailureReason reason;
  private final boolean excludes;
  /** The resource a CPU or memory check counts; null for the others. */
  private final Resource resource;

  PlacementCheck(FailureReason reason, boolean excludes) {
    this.reason = reason;
    this.excludes = excludes;
    this.resource = null;
  }

  PlacementCheck(FailureReason reason, Resource resource) {
    this.reason = reason;
    this.excludes = false;
    this.resource = resource;
  }

  /** Whether the instance passes this check for the task. */
  boolean admits(InstanceState instance, CompiledDemand demand) {
    return resource.admits(instance, demand);
  }

  /** The {@code detail} of the failure ECS reports when the instance does not pass. */
  String detail(InstanceState instance, CompiledDemand demand) {
    return resource.detail(instance, demand);
  }

  /**
   * What the instance lacks to pass, as a phrase for "closest instance i-0abc ..."; only for checks that do not
   * {@linkplain #excludes() exclude} the instance.
   */
  String lack(InstanceState instance, CompiledDemand demand) {
    if (resource == null) {
      throw new IllegalStateException(this + " excludes an instance: it lacks nothing");
    }
    return resource.lack(instance, demand);
  }

  /** How far the instance is from passing, relative to what the task asks (CPU and memory; 0 for the rest). */
  double shortfall(InstanceState instance, CompiledDemand demand) {
    return resource == null ? 0 : resource.shortfall(instance, demand);
  }

  /** The reason ECS reports for an instance that fails this check first. */
  FailureReason reason() {
    return reason;
  }

  /**
   * Whether failing this check takes the instance out of consideration whatever it runs (its status, its
   * zone, its capacity provider, a memberOf constraint), rather than for what its tasks hold now: an excluded
   * instance is never the "closest" one.
   */
  boolean excludes() {
    return excludes;
  }

  /** The first check the instance fails for the task, or {@code null} when it can take the task. */
  static PlacementCheck firstFailure(InstanceState instance, CompiledDemand demand) {
    for (PlacementCheck check : PIPELINE) {
      if (!check.admits(instance, demand)) {
        return check;
      }
    }
    return null;
  }

  /** Whether the instance passes every check. */
  static boolean fits(InstanceState instance, CompiledDemand demand) {
    return firstFailure(instance, demand) == null;
  }

  /** Every check in pipeline order. */
  static PlacementCheck[] pipeline() {
    return PIPELINE.clone();
  }

  private static HostPort blockedStaticPort(InstanceState instance, CompiledDemand demand) {
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

  private static PortTable ports(InstanceState instance, HostPort port) {
    return port.protocol() == TransportProtocol.TCP ? instance.tcp : instance.udp;
  }

  private static int missingDynamicTcp(InstanceState instance, CompiledDemand demand) {
    return demand.dynamicTcp == 0 ? 0
        : demand.dynamicTcp + demand.staticTcpInEphemeralRange - instance.tcp.freeEphemeral();
  }

  private static int missingDynamicUdp(InstanceState instance, CompiledDemand demand) {
    return demand.dynamicUdp == 0 ? 0
        : demand.dynamicUdp + demand.staticUdpInEphemeralRange - instance.udp.freeEphemeral();
  }

  private static MemberOf unsatisfiedMemberOf(InstanceState instance, CompiledDemand demand) {
    for (MemberOf memberOf : demand.memberOf) {
      if (!memberOf.matches(instance)) {
        return memberOf;
      }
    }
    return null;
  }
}

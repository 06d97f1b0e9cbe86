package dev.ecsdsl.control.clusters;

import dev.ecsdsl.control.ids.AccountArns;
import dev.ecsdsl.control.ids.Ids;
import dev.ecsdsl.control.placement.InstanceSpec;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.InstanceType;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.runtime.ContainerInstance;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds container instances the way the ECS agent registers them from an instance group: the
 * {@code ecs.*} attributes, CPU (1024 units per vCPU), memory as the OS sees it, the reserved ports, and
 * the ENIs awsvpc tasks can use.
 */
public final class InstanceRegistrar {
  /** The agent version the simulated instances report. */
  static final String AGENT_VERSION = "1.89.2";

  /** The instance group of an instance its agent registered at run time: none. */
  public static final String NO_GROUP = "";

  /**
   * Ports ECS reserves on every container instance: 22 (SSH), 2375 and 2376 (Docker), 51678-51680 (the
   * agent's introspection, credentials and metadata endpoints). ECS API, {@code PortMapping.hostPort}.
   */
  static final Set<Integer> RESERVED_TCP_PORTS =
      Collections.unmodifiableSet(new TreeSet<>(List.of(22, 2375, 2376, 51678, 51679, 51680)));

  private final Environment environment;
  private final Ids ids;
  private final AccountArns arns;

  /**
   * Instances of the description's groups, with ids drawn from {@code ids}.
   *
   * @param environment the deployed description (its region, account and subnets)
   * @param ids where instance ids come from
   */
  public InstanceRegistrar(Environment environment, Ids ids) {
    this.environment = environment;
    this.ids = ids;
    this.arns = AccountArns.of(environment);
  }

  /**
   * Memory the agent registers. The kernel and platform keep some of what EC2 sells: the ECS guide's
   * example is an m4.large, sold with 8192 MiB, that registers 7985 MiB ("Reserving Amazon ECS Linux
   * container instance memory"). The same share is kept here for every type.
   *
   * @param installedMiB the memory EC2 sells with the type
   * @return the memory the agent registers
   */
  public static int registeredMemory(int installedMiB) {
    return (int) ((long) installedMiB * 7985 / 8192);
  }

  /** The zone of the {@code index}-th instance of a group: round-robin, as EC2 Auto Scaling balances. */
  String zoneOf(InstanceGroup group, int index) {
    List<String> zones = group.availabilityZones().isEmpty()
        ? environment.vpc().subnets().stream().map(Subnet::availabilityZone).distinct().sorted().toList()
        : group.availabilityZones();
    return zones.isEmpty() ? environment.region() + "a" : zones.get(index % zones.size());
  }

  InstanceRecord register(String clusterName, InstanceGroup group, int index, Optional<CapacityProvider> provider,
      Instant now) {
    InstanceType type = group.resolvedInstanceType().orElseThrow(() -> new IllegalArgumentException(
        "instance group " + group.name() + ": unknown instance type " + group.instanceType()));
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("ecs.availability-zone", zoneOf(group, index));
    attributes.put("ecs.instance-type", type.name());
    attributes.put("ecs.ami-id", group.amiId());
    attributes.put("ecs.os-type", group.osType());
    attributes.put("ecs.cpu-architecture", type.cpuArchitecture().ecsName().toLowerCase(Locale.ROOT));
    attributes.putAll(group.attributes());
    String arn = arns.containerInstance(clusterName, ids.ecsId());
    InstanceSpec spec = new InstanceSpec(arn, ids.ec2InstanceId(), type.cpuUnits(),
        registeredMemory(type.memoryMiB()), Math.max(0, type.maximumNetworkInterfaces() - 1),
        RESERVED_TCP_PORTS, Set.of(), Collections.unmodifiableMap(attributes), AGENT_VERSION, now);
    return new InstanceRecord(spec, group.name(), provider.map(CapacityProvider::name));
  }

  /**
   * A container instance as the agent of an EC2 instance registers it at run time, outside any instance group:
   * ECS's attributes from its identity document, the resources the agent found (else its type's), the ENIs its
   * type allows awsvpc tasks; the capabilities the agent reports ({@code ecs.capability.*}) as they are, where
   * they do not contradict the document.
   */
  InstanceRecord registerAgent(String clusterName, IdentityDocument document,
      Optional<ContainerInstance.Resources> resources, Optional<String> agentVersion,
      Map<String, String> capabilities, Instant now) {
    InstanceType type = document.instanceType();
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("ecs.availability-zone", document.availabilityZone());
    attributes.put("ecs.instance-type", type.name());
    document.imageId().ifPresent(ami -> attributes.put("ecs.ami-id", ami));
    attributes.put("ecs.os-type", "linux");
    attributes.put("ecs.cpu-architecture", document.architecture());
    capabilities.forEach(attributes::putIfAbsent);
    Set<Integer> tcp = new TreeSet<>(RESERVED_TCP_PORTS);
    resources.ifPresent(r -> tcp.addAll(r.ports()));
    Set<Integer> udp = new TreeSet<>(resources.map(ContainerInstance.Resources::portsUdp).orElse(List.of()));
    String arn = arns.containerInstance(clusterName, ids.ecsId());
    InstanceSpec spec = new InstanceSpec(arn, document.instanceId(),
        resources.map(ContainerInstance.Resources::cpu).orElse(type.cpuUnits()),
        resources.map(ContainerInstance.Resources::memory).orElse(registeredMemory(type.memoryMiB())),
        Math.max(0, type.maximumNetworkInterfaces() - 1), tcp, udp, Collections.unmodifiableMap(attributes),
        agentVersion.orElse(AGENT_VERSION), now);
    return new InstanceRecord(spec, NO_GROUP, Optional.empty());
  }

  /** The Auto Scaling group capacity provider of a group, if the cluster has one. */
  static Optional<CapacityProvider> providerOf(List<CapacityProvider> providers, InstanceGroup group) {
    return providers.stream()
        .filter(p -> p.type() == CapacityProviderType.AUTO_SCALING_GROUP)
        .filter(p -> p.autoScalingGroup().map(group.name()::equals).orElse(false))
        .findFirst();
  }
}

package dev.ecsdsl.control.placement;

import dev.ecsdsl.control.ids.Ids;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.TransportProtocol;
import dev.ecsdsl.model.Vpc;
import dev.ecsdsl.runtime.Failure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Where a task goes, for every launch type: on EC2 the cluster's {@link ClusterPlacement} picks an instance
 * among the task's candidates (its capacity provider's instances, in the zones of its subnets that have a free
 * address), and an awsvpc task takes an ENI and an address in a subnet of that instance's zone; on Fargate there
 * is no instance: the task takes an address in the zone of its subnets where its group has the fewest tasks
 * (Fargate spreads a group over the zones of its subnets). The subnets' addresses are kept here.
 */
public final class TaskPlacement {
  private final SubnetAddresses addresses = new SubnetAddresses();
  private final Ids ids;
  private final RandomGenerator random;
  private Vpc vpc;

  /**
   * Placement whose ties and subnet choices draw on {@code random}, and whose ENIs get ids from {@code ids}.
   *
   * @param ids where ENI ids come from
   * @param random the seeded source of every random choice of placement
   */
  public TaskPlacement(Ids ids, RandomGenerator random) {
    this.ids = ids;
    this.random = random;
  }

  /**
   * Deploys: the VPC's subnets, every usable address free.
   *
   * @param deployed the description's VPC
   */
  public void deploy(Vpc deployed) {
    this.vpc = deployed;
    deployed.subnets().forEach(addresses::add);
  }

  /** {@return the subnets' addresses (outages take and block them)} */
  public SubnetAddresses addresses() {
    return addresses;
  }

  /**
   * An EC2 task: the instance placement picks (or {@code on}, when given: StartTask and daemons), and an ENI for
   * an awsvpc task.
   *
   * @param cluster the cluster's placement
   * @param request the task
   * @param on the instance the task must go to, if any
   * @return where it went, or why it went nowhere
   */
  public Placed onEc2(ClusterPlacement cluster, TaskRequest request, Optional<String> on) {
    TaskDefinition definition = request.definition();
    boolean awsvpc = definition.networkModeOrDefault() == NetworkMode.AWSVPC;
    Set<String> zones = new LinkedHashSet<>();
    if (awsvpc) {
      for (String subnetId : request.subnets()) {
        if (addresses.free(subnetId) > 0) {
          zones.add(subnet(subnetId).availabilityZone());
        }
      }
      if (zones.isEmpty()) {
        return noAddress(request, null);
      }
    }
    Optional<TaskDemand.Candidates> candidates = request.candidates();
    if (candidates.filter(c -> c.containerInstanceArns().isEmpty()).isPresent()) {
      String why = "capacity provider " + candidates.get().capacityProvider() + " has no instance yet";
      return Placed.failed(null, List.of(Failure.builder().reason(FailureReason.CPU.ecsName()).detail(why).build()),
          why);
    }
    TaskDemand demand = new TaskDemand(TaskRequirements.cpu(definition), TaskRequirements.memory(definition),
        TaskRequirements.staticHostPorts(definition),
        TaskRequirements.dynamicHostPorts(definition, TransportProtocol.TCP),
        TaskRequirements.dynamicHostPorts(definition, TransportProtocol.UDP),
        awsvpc, zones, request.group(), request.constraints(), request.strategies(), candidates);
    PlacementDecision decision = on.isPresent() ? cluster.reserveOn(on.get(), demand) : cluster.place(demand, random);
    if (!decision.placed()) {
      List<Failure> failures = new ArrayList<>();
      for (PlacementFailure f : decision.failures()) {
        failures.add(Failure.builder().arn(f.containerInstanceArn()).reason(f.reason()).detail(f.detail()).build());
      }
      return Placed.failed(demand, failures, decision.explanation());
    }
    String instance = decision.containerInstanceArn().orElseThrow();
    String zone = cluster.zoneOf(instance);
    Optional<Eni> eni = Optional.empty();
    if (awsvpc) {
      String subnetId = request.subnets().stream().filter(s -> subnet(s).availabilityZone().equals(zone))
          .filter(s -> addresses.free(s) > 0).findFirst().orElseThrow();
      eni = Optional.of(new Eni(ids.networkInterfaceId(), subnetId, addresses.take(subnetId).orElseThrow()));
    }
    return new Placed(Optional.of(instance), zone, eni, Optional.of(decision), demand, List.of(), "");
  }

  /**
   * A Fargate task: an ENI and an address in one of its subnets, in the zone where its group has the fewest
   * tasks (ties drawn at random).
   *
   * @param request the task
   * @param groupTasksPerZone how many tasks of the task's group run in each zone now
   * @return where it went, or why it went nowhere
   */
  public Placed onFargate(TaskRequest request, Map<String, Integer> groupTasksPerZone) {
    TaskDefinition definition = request.definition();
    List<Subnet> open = new ArrayList<>();
    for (String subnetId : request.subnets()) {
      if (addresses.free(subnetId) > 0) {
        open.add(subnet(subnetId));
      }
    }
    TaskDemand demand = new TaskDemand(TaskRequirements.cpu(definition), TaskRequirements.memory(definition),
        List.of(), 0, 0, true, Set.of(), request.group(), List.of(), List.of());
    if (open.isEmpty()) {
      return noAddress(request, demand);
    }
    int fewest = open.stream().mapToInt(s -> groupTasksPerZone.getOrDefault(s.availabilityZone(), 0)).min()
        .getAsInt();
    List<Subnet> best = open.stream()
        .filter(s -> groupTasksPerZone.getOrDefault(s.availabilityZone(), 0) == fewest).toList();
    Subnet subnet = best.get(random.nextInt(best.size()));
    Eni eni = new Eni(ids.networkInterfaceId(), subnet.subnetId(), addresses.take(subnet.subnetId()).orElseThrow());
    return new Placed(Optional.empty(), subnet.availabilityZone(), Optional.of(eni), Optional.empty(), demand,
        List.of(), "");
  }

  /**
   * A task that waits for capacity has only its CPU and memory to account for, on no instance yet.
   *
   * @param request the task
   * @return what it asks of placement
   */
  public TaskDemand waitingDemand(TaskRequest request) {
    return new TaskDemand(TaskRequirements.cpu(request.definition()), TaskRequirements.memory(request.definition()),
        List.of(), 0, 0, false, Set.of(), request.group(), List.of(), List.of());
  }

  /**
   * Gives back what a task held, when it stops: its reservation on its instance and its ENI's address.
   *
   * @param cluster the cluster's placement
   * @param placed where the task went
   */
  public void release(ClusterPlacement cluster, Placed placed) {
    placed.decision().flatMap(PlacementDecision::allocation).ifPresent(cluster::release);
    placed.eni().ifPresent(eni -> addresses.release(eni.subnetId(), eni.privateIpv4Address()));
  }

  private Placed noAddress(TaskRequest request, TaskDemand demand) {
    String detail = "no free IP address left in subnets " + String.join(", ", request.subnets());
    return Placed.failed(demand, List.of(Failure.builder().reason(FailureReason.ENI.ecsName()).detail(detail)
        .build()), detail);
  }

  private Subnet subnet(String subnetId) {
    return vpc.subnet(subnetId).orElseThrow();
  }
}

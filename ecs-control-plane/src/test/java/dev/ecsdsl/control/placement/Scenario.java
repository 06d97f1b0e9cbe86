package dev.ecsdsl.control.placement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated cluster, a pool of task demands and a sequence of operations on them, small enough to
 * read when jqwik shrinks a counterexample.
 */
record Scenario(int zones, List<Machine> machines, List<TaskDemand> demands, List<Op> ops, long seed) {

  /**
   * One generated instance: its type, zone (modulo the zone count; negative for an instance without
   * the zone attribute) and custom attribute.
   */
  record Machine(InstanceTypes type, int zone, String stack, String agentVersion) {
    InstanceSpec spec(int number, int zones) {
      Map<String, String> extra = new LinkedHashMap<>();
      if (stack != null) {
        extra.put("stack", stack);
      }
      InstanceSpec spec = type.spec(number, InstanceTypes.ZONES.get(Math.max(zone, 0) % zones), extra, agentVersion);
      if (zone >= 0) {
        return spec;
      }
      Map<String, String> attributes = new LinkedHashMap<>(spec.attributes());
      attributes.remove(InstanceSpec.AVAILABILITY_ZONE);
      return new InstanceSpec(spec.containerInstanceArn(), spec.ec2InstanceId(), spec.cpu(), spec.memory(),
          spec.taskEnis(), spec.reservedTcpPorts(), spec.reservedUdpPorts(), attributes, spec.agentVersion(),
          spec.registeredAt());
    }

    @Override
    public String toString() {
      return type + (zone < 0 ? " no zone" : " zone " + zone) + (stack == null ? "" : " stack=" + stack)
          + " agent " + agentVersion;
    }
  }

  /** One step. Indexes are taken modulo the size of what they index, so any value is valid. */
  sealed interface Op {}

  /** Place {@code demands[demand]}. */
  record Place(int demand) implements Op {}

  /** Release the {@code which}-th live allocation. */
  record Release(int which) implements Op {}

  /** Set or clear DRAINING on {@code machines[machine]}. */
  record Drain(int machine, boolean draining) implements Op {}

  /** Connect or disconnect the agent of {@code machines[machine]}. */
  record Agent(int machine, boolean connected) implements Op {}

  /** Deregister {@code machines[machine]} if it still is registered. */
  record Deregister(int machine) implements Op {}

  List<InstanceSpec> specs() {
    List<InstanceSpec> specs = new ArrayList<>();
    for (int i = 0; i < machines.size(); i++) {
      specs.add(machines.get(i).spec(i, zones));
    }
    return specs;
  }
}

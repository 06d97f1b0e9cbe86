package dev.ecsdsl.control.placement;

import java.util.function.ToIntFunction;

/**
 * A resource a task reserves on its instance and {@code binpack} can pack on: its field name is that of the ECS
 * API; its units are how placement explanations count it.
 */
enum Resource {
  CPU("cpu", " CPU units", "", instance -> instance.remainingCpu, demand -> demand.cpu),
  MEMORY("memory", " MiB memory", " MiB", instance -> instance.remainingMemory, demand -> demand.memory);

  private final String field;
  private final String demandUnit;
  private final String remainingUnit;
  private final ToIntFunction<InstanceState> remaining;
  private final ToIntFunction<CompiledDemand> demanded;

  Resource(String field, String demandUnit, String remainingUnit, ToIntFunction<InstanceState> remaining,
      ToIntFunction<CompiledDemand> demanded) {
    this.field = field;
    this.demandUnit = demandUnit;
    this.remainingUnit = remainingUnit;
    this.remaining = remaining;
    this.demanded = demanded;
  }

  String field() {
    return field;
  }

  /** What the instance has left of it. */
  int remaining(InstanceState instance) {
    return remaining.applyAsInt(instance);
  }

  /** What the task asks of it. */
  int demanded(CompiledDemand demand) {
    return demanded.applyAsInt(demand);
  }

  /** Whether the instance has what the task asks. */
  boolean admits(InstanceState instance, CompiledDemand demand) {
    return remaining(instance) >= demanded(demand);
  }

  /** {@code needs 256 CPU units, 128 remaining}. */
  String detail(InstanceState instance, CompiledDemand demand) {
    return "needs " + demanded(demand) + demandUnit + ", " + remaining(instance) + remainingUnit + " remaining";
  }

  /** {@code lacked 128 CPU units}. */
  String lack(InstanceState instance, CompiledDemand demand) {
    return "lacked " + (demanded(demand) - remaining(instance)) + demandUnit;
  }

  /** The part of the demand the instance lacks. */
  double shortfall(InstanceState instance, CompiledDemand demand) {
    return (double) (demanded(demand) - remaining(instance)) / demanded(demand);
  }
}

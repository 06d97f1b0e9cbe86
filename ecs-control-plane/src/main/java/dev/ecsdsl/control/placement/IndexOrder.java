package dev.ecsdsl.control.placement;

/** What a {@link ResourceIndex} orders its instances by; lower comes first and ranks better. */
sealed interface IndexOrder {

  /** The value an instance is ordered by now. */
  int valueOf(InstanceState instance);

  /** The lowest value an instance that can take the task may have. */
  int lowestFitting(CompiledDemand demand);

  /** {@code binpack}: remaining CPU or memory. */
  record Remaining(Resource resource) implements IndexOrder {
    @Override
    public int valueOf(InstanceState instance) {
      return resource.remaining(instance);
    }

    @Override
    public int lowestFitting(CompiledDemand demand) {
      return resource.demanded(demand);
    }
  }

  /** {@code spread} on {@code instanceId}: tasks of one group on the instance. */
  record GroupCount(String group) implements IndexOrder {
    @Override
    public int valueOf(InstanceState instance) {
      return instance.groupCount(group);
    }

    @Override
    public int lowestFitting(CompiledDemand demand) {
      return 0;
    }
  }
}

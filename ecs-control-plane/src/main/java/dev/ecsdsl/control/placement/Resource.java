package dev.ecsdsl.control.placement;

/** A resource {@code binpack} can pack on: its field names are those of the ECS API. */
enum Resource {
  CPU("cpu") {
    @Override
    int remaining(InstanceState instance) {
      return instance.remainingCpu;
    }

    @Override
    int demanded(TaskDemand demand) {
      return demand.cpu();
    }
  },
  MEMORY("memory") {
    @Override
    int remaining(InstanceState instance) {
      return instance.remainingMemory;
    }

    @Override
    int demanded(TaskDemand demand) {
      return demand.memory();
    }
  };

  private final String field;

  Resource(String field) {
    this.field = field;
  }

  String field() {
    return field;
  }

  abstract int remaining(InstanceState instance);

  abstract int demanded(TaskDemand demand);
}

package dev.ecsdsl.control.placement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A few EC2 instance types with the CPU, memory and task ENIs ECS registers for them. */
record InstanceTypes(String name, int cpu, int memory, int taskEnis) {
  static final InstanceTypes T3_MICRO = new InstanceTypes("t3.micro", 2048, 943, 1);
  static final InstanceTypes T3_SMALL = new InstanceTypes("t3.small", 2048, 1939, 2);
  static final InstanceTypes C5_LARGE = new InstanceTypes("c5.large", 2048, 3704, 2);
  static final InstanceTypes M5_LARGE = new InstanceTypes("m5.large", 2048, 7680, 2);
  static final InstanceTypes M5_XLARGE = new InstanceTypes("m5.xlarge", 4096, 15576, 3);
  static final InstanceTypes R5_LARGE = new InstanceTypes("r5.large", 2048, 15824, 2);
  /** Not a real type: round numbers, so that tasks fit exactly and boundary mistakes show. */
  static final InstanceTypes ROUND = new InstanceTypes("x1.round", 1024, 2048, 1);

  static final List<InstanceTypes> ALL = List.of(T3_MICRO, T3_SMALL, C5_LARGE, M5_LARGE, M5_XLARGE, R5_LARGE, ROUND);

  static final Set<Integer> RESERVED_TCP = Set.of(22, 2375, 2376, 51678, 51679, 51680);
  static final List<String> ZONES = List.of("us-east-1a", "us-east-1b", "us-east-1c");

  /** An instance of this type; {@code extra} adds custom attributes. */
  InstanceSpec spec(int number, String zone, Map<String, String> extra, String agentVersion) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("ecs.availability-zone", zone);
    attributes.put("ecs.instance-type", name);
    attributes.put("ecs.os-type", "linux");
    attributes.put("ecs.cpu-architecture", "x86_64");
    attributes.put("ecs.ami-id", "ami-0123456789");
    attributes.putAll(extra);
    return new InstanceSpec(
        "arn:aws:ecs:us-east-1:123456789012:container-instance/test/" + number,
        String.format("i-%05d", number),
        cpu,
        memory,
        taskEnis,
        RESERVED_TCP,
        Set.of(),
        attributes,
        agentVersion,
        Instant.parse("2024-01-01T00:00:00Z").plusSeconds(number));
  }

  @Override
  public String toString() {
    return name;
  }

  InstanceSpec spec(int number, String zone) {
    return spec(number, zone, Map.of(), "1.87.0");
  }
}

package dev.ecsdsl.cql;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A hand-built {@link InstanceView} for tests; every {@code with} returns a modified copy. */
record TestInstance(
    Map<String, String> attributes,
    String ec2InstanceId,
    boolean agentConnected,
    String agentVersion,
    int runningTasksCount,
    Instant registeredAt,
    Set<String> taskGroups)
    implements InstanceView {

  /** A connected t2.small in us-east-1a running nothing. */
  static TestInstance instance() {
    return new TestInstance(
        Map.of(
            "ecs.instance-type", "t2.small",
            "ecs.availability-zone", "us-east-1a",
            "ecs.os-type", "linux",
            "ecs.cpu-architecture", "x86_64"),
        "i-abcd1234",
        true,
        "1.14.5",
        0,
        Instant.parse("2018-06-18T22:28:28Z"),
        Set.of());
  }

  @Override
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  TestInstance with(String attribute, String value) {
    Map<String, String> copy = new HashMap<>(attributes);
    copy.put(attribute, value);
    return new TestInstance(
        Map.copyOf(copy), ec2InstanceId, agentConnected, agentVersion, runningTasksCount, registeredAt, taskGroups);
  }

  TestInstance without(String attribute) {
    Map<String, String> copy = new HashMap<>(attributes);
    copy.remove(attribute);
    return new TestInstance(
        Map.copyOf(copy), ec2InstanceId, agentConnected, agentVersion, runningTasksCount, registeredAt, taskGroups);
  }

  TestInstance withEc2InstanceId(String id) {
    return new TestInstance(attributes, id, agentConnected, agentVersion, runningTasksCount, registeredAt, taskGroups);
  }

  TestInstance withAgentConnected(boolean connected) {
    return new TestInstance(attributes, ec2InstanceId, connected, agentVersion, runningTasksCount, registeredAt, taskGroups);
  }

  TestInstance withAgentVersion(String version) {
    return new TestInstance(attributes, ec2InstanceId, agentConnected, version, runningTasksCount, registeredAt, taskGroups);
  }

  TestInstance withRunningTasksCount(int count) {
    return new TestInstance(attributes, ec2InstanceId, agentConnected, agentVersion, count, registeredAt, taskGroups);
  }

  TestInstance withRegisteredAt(String instant) {
    return new TestInstance(
        attributes, ec2InstanceId, agentConnected, agentVersion, runningTasksCount, Instant.parse(instant), taskGroups);
  }

  TestInstance withTaskGroups(String... groups) {
    return new TestInstance(
        attributes, ec2InstanceId, agentConnected, agentVersion, runningTasksCount, registeredAt, Set.of(groups));
  }
}

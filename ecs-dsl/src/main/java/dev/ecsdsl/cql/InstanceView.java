package dev.ecsdsl.cql;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The facts about a container instance that a {@link ClusterQuery} can test. Implementations are
 * called on the placement hot path and should return stored values without copying.
 */
public interface InstanceView {

  /**
   * The value of an attribute, empty when the instance does not have it. An attribute that exists
   * without a value should be reported as an empty string.
   *
   * @param name the attribute's name, e.g. {@code ecs.instance-type}
   * @return the value; empty when the instance does not have the attribute
   */
  Optional<String> attribute(String name);

  /** {@return the Amazon EC2 instance id; {@code null} when unknown (comparisons then do not hold)} */
  String ec2InstanceId();

  /** {@return whether the container agent is connected} */
  boolean agentConnected();

  /** {@return the container agent version, e.g. {@code 1.14.5}; {@code null} when unknown} */
  String agentVersion();

  /** {@return how many tasks run on the instance} */
  int runningTasksCount();

  /** {@return when the instance was registered; {@code null} when unknown} */
  Instant registeredAt();

  /** {@return the groups of the tasks currently on the instance (for example {@code service:web})} */
  Set<String> taskGroups();
}

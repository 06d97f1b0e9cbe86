package dev.ecsdsl.control.placement;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One container instance as placement sees it, fixed when the instance registers.
 *
 * @param containerInstanceArn the ARN that identifies the instance in its cluster
 * @param ec2InstanceId the Amazon EC2 instance id, e.g. {@code i-0abc}; used in explanations
 * @param cpu registered CPU units (1024 per vCPU)
 * @param memory registered memory in MiB
 * @param taskEnis elastic network interfaces available to {@code awsvpc} tasks: the instance
 *     type's maximum minus one, because the primary interface is the instance's own
 * @param reservedTcpPorts TCP host ports reserved at registration (ECS reserves 22, 2375, 2376
 *     and 51678-51680)
 * @param reservedUdpPorts UDP host ports reserved at registration
 * @param attributes the instance's attributes: {@code ecs.availability-zone},
 *     {@code ecs.instance-type}, {@code ecs.ami-id}, {@code ecs.os-type},
 *     {@code ecs.cpu-architecture} and custom ones; an attribute without a value maps to {@code ""}
 * @param agentVersion the container agent version, e.g. {@code 1.87.0}; may be {@code null}
 * @param registeredAt when the instance registered; may be {@code null}
 */
public record InstanceSpec(
    String containerInstanceArn,
    String ec2InstanceId,
    int cpu,
    int memory,
    int taskEnis,
    Set<Integer> reservedTcpPorts,
    Set<Integer> reservedUdpPorts,
    Map<String, String> attributes,
    String agentVersion,
    Instant registeredAt) {

  /** The attribute that names an instance's Availability Zone. */
  public static final String AVAILABILITY_ZONE = "ecs.availability-zone";

  /**
   * Copies the collections; rejects nulls, negative capacities and ports outside 1-65535.
   *
   * @param containerInstanceArn the instance's ARN, not null
   * @param ec2InstanceId the EC2 instance id, not null
   * @param cpu CPU units, not negative
   * @param memory MiB, not negative
   * @param taskEnis ENIs for awsvpc tasks, not negative
   * @param reservedTcpPorts reserved TCP ports, each 1-65535
   * @param reservedUdpPorts reserved UDP ports, each 1-65535
   * @param attributes attributes by name, copied
   * @param agentVersion the agent version, or null
   * @param registeredAt the registration time, or null
   */
  public InstanceSpec {
    Objects.requireNonNull(containerInstanceArn, "containerInstanceArn");
    Objects.requireNonNull(ec2InstanceId, "ec2InstanceId");
    if (cpu < 0 || memory < 0 || taskEnis < 0) {
      throw new IllegalArgumentException(
          "cpu, memory and taskEnis must not be negative: cpu=" + cpu + ", memory=" + memory
              + ", taskEnis=" + taskEnis + " (" + containerInstanceArn + ")");
    }
    reservedTcpPorts = ports(reservedTcpPorts, "reservedTcpPorts");
    reservedUdpPorts = ports(reservedUdpPorts, "reservedUdpPorts");
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(attributes, "attributes")));
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      Objects.requireNonNull(attribute.getKey(), "attribute name");
      Objects.requireNonNull(attribute.getValue(), "value of attribute " + attribute.getKey());
    }
  }

  /**
   * The {@value #AVAILABILITY_ZONE} attribute, or {@code null} when the instance has none.
   *
   * @return the zone, e.g. {@code us-east-1a}, or {@code null}
   */
  public String availabilityZone() {
    return attributes.get(AVAILABILITY_ZONE);
  }

  private static Set<Integer> ports(Set<Integer> ports, String name) {
    Objects.requireNonNull(ports, name);
    TreeSet<Integer> sorted = new TreeSet<>();
    for (Integer port : ports) {
      if (port == null || port < 1 || port > 65535) {
        throw new IllegalArgumentException(name + " must hold ports 1-65535, found " + port);
      }
      sorted.add(port);
    }
    return Collections.unmodifiableSet(sorted);
  }
}

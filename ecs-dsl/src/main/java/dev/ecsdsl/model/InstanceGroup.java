package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * EC2 capacity of a cluster: an Auto Scaling group of one instance type across zones, launched from an
 * ECS-optimized AMI with an instance profile, registering as container instances with the ECS attributes
 * and the group's custom attributes.
 */
@Value.Immutable
public interface InstanceGroup {
  /** Auto Scaling group name. */
  String name();

  /** Instance type name, e.g. {@code m5.large}. */
  String instanceType();

  /** Figures of the instance type, overriding (or standing in for) the built-in ones. */
  Optional<InstanceType> instanceTypeOverride();

  /** Lowest instance count. */
  @Value.Default
  default int minSize() {
    return 0;
  }

  /** Highest instance count. */
  @Value.Default
  default int maxSize() {
    return desiredCapacity();
  }

  /** Instances running at start. */
  int desiredCapacity();

  /** Zones instances are spread over (evenly, as EC2 Auto Scaling balances them). */
  List<String> availabilityZones();

  /** AMI id, reported as {@code ecs.ami-id}. */
  @Value.Default
  default String amiId() {
    return "ami-ecs-optimized-al2023";
  }

  /** {@code linux} or {@code windows}, reported as {@code ecs.os-type}. */
  @Value.Default
  default String osType() {
    return "linux";
  }

  /** Custom container instance attributes. */
  Map<String, String> attributes();

  /** Role of the instance profile (name or ARN); trusted by ec2.amazonaws.com. */
  Optional<String> iamInstanceProfile();

  /** Spot instances (cheaper, interruptible). */
  Optional<Boolean> spot();

  /** The instance type figures in force: the override, else the built-in ones. */
  default Optional<InstanceType> resolvedInstanceType() {
    return instanceTypeOverride().isPresent() ? instanceTypeOverride() : InstanceTypes.find(instanceType());
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link InstanceGroup}. */
  class Builder extends ImmutableInstanceGroup.Builder {}
}

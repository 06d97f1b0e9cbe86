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
  /** {@return the Auto Scaling group name} */
  String name();

  /** {@return the instance type name, e.g. {@code m5.large}} */
  String instanceType();

  /** {@return the figures of the instance type, overriding (or standing in for) the built-in ones} */
  Optional<InstanceType> instanceTypeOverride();

  /** {@return the lowest instance count} */
  @Value.Default
  default int minSize() {
    return 0;
  }

  /** {@return the highest instance count} */
  @Value.Default
  default int maxSize() {
    return desiredCapacity();
  }

  /** {@return the number of instances running at start} */
  int desiredCapacity();

  /** {@return the zones instances are spread over (evenly, as EC2 Auto Scaling balances them)} */
  List<String> availabilityZones();

  /** {@return the AMI id, reported as {@code ecs.ami-id}} */
  @Value.Default
  default String amiId() {
    return "ami-ecs-optimized-al2023";
  }

  /** {@return {@code linux} or {@code windows}, reported as {@code ecs.os-type}} */
  @Value.Default
  default String osType() {
    return "linux";
  }

  /** {@return the custom container instance attributes} */
  Map<String, String> attributes();

  /** {@return the role of the instance profile (name or ARN); trusted by ec2.amazonaws.com} */
  Optional<String> iamInstanceProfile();

  /** {@return whether the instances are spot instances (cheaper, interruptible)} */
  Optional<Boolean> spot();

  /** {@return the instance type figures in force: the override, else the built-in ones} */
  default Optional<InstanceType> resolvedInstanceType() {
    return instanceTypeOverride().isPresent() ? instanceTypeOverride() : InstanceTypes.find(instanceType());
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link InstanceGroup}. */
  class Builder extends ImmutableInstanceGroup.Builder {}
}

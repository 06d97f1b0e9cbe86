package dev.ecsdsl.dsl;

import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.InstanceType;

/** Describes an Auto Scaling group of container instances. */
public final class InstanceGroupBuilder {
  private final InstanceGroup.Builder group = InstanceGroup.builder().instanceType("m5.large").desiredCapacity(1);
  private final String region;
  private boolean zonesGiven;

  InstanceGroupBuilder(String name, String region) {
    group.name(name);
    this.region = region;
  }

  /**
   * Instance type (default {@code m5.large}).
   *
   * @param instanceType the instance type, e.g. {@code c5.xlarge}
   * @return this builder
   */
  public InstanceGroupBuilder instanceType(String instanceType) {
    group.instanceType(instanceType);
    return this;
  }

  /**
   * Figures of an instance type not in the built-in table, or overriding it.
   *
   * @param figures figures of an instance type not in the built-in table, or overriding it
   * @return this builder
   */
  public InstanceGroupBuilder instanceType(InstanceType figures) {
    group.instanceType(figures.name()).instanceTypeOverride(figures);
    return this;
  }

  /**
   * Fixed size: min = desired = max.
   *
   * @param instances the number of instances
   * @return this builder
   */
  public InstanceGroupBuilder count(int instances) {
    return capacity(instances, instances, instances);
  }

  /**
   * Min, desired and max size.
   *
   * @param min the fewest instances
   * @param desired the instances at start
   * @param max the most instances
   * @return this builder
   */
  public InstanceGroupBuilder capacity(int min, int desired, int max) {
    group.minSize(min).desiredCapacity(desired).maxSize(max);
    return this;
  }

  /**
   * Zones the instances are spread over (default: the region's zone a).
   *
   * @param availabilityZones the zones, e.g. {@code eu-west-1a}
   * @return this builder
   */
  public InstanceGroupBuilder zones(String... availabilityZones) {
    group.addAvailabilityZones(availabilityZones);
    zonesGiven = true;
    return this;
  }

  /**
   * AMI id.
   *
   * @param amiId AMI id
   * @return this builder
   */
  public InstanceGroupBuilder ami(String amiId) {
    group.amiId(amiId);
    return this;
  }

  /**
   * {@code linux} or {@code windows}.
   *
   * @param osType {@code linux} or {@code windows}
   * @return this builder
   */
  public InstanceGroupBuilder osType(String osType) {
    group.osType(osType);
    return this;
  }

  /**
   * A custom container instance attribute.
   *
   * @param name the attribute's name, e.g. {@code stack}
   * @param value its value
   * @return this builder
   */
  public InstanceGroupBuilder attribute(String name, String value) {
    group.putAttribute(name, value);
    return this;
  }

  /**
   * The instance profile's role.
   *
   * @param role the instance profile's role
   * @return this builder
   */
  public InstanceGroupBuilder instanceProfile(String role) {
    group.iamInstanceProfile(role);
    return this;
  }

  /**
   * Spot instances.
   *
   * @return this builder
   */
  public InstanceGroupBuilder spot() {
    group.spot(true);
    return this;
  }

  InstanceGroup build() {
    if (!zonesGiven) {
      group.addAvailabilityZone(region + "a");
    }
    return group.build();
  }
}

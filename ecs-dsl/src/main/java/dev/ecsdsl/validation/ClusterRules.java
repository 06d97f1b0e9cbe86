package dev.ecsdsl.validation;

import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.InstanceType;
import dev.ecsdsl.model.InstanceTypes;
import dev.ecsdsl.model.Subnet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rules about a cluster's EC2 capacity: its instance groups (sizes, instance type, zones) and its Auto
 * Scaling group capacity providers.
 */
final class ClusterRules {
  private ClusterRules() {}

  private static final String ASG =
      "https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_CreateAutoScalingGroup.html";

  /** Doc: DesiredCapacity must be ≥ MinSize and ≤ MaxSize (and MinSize ≤ MaxSize, sizes ≥ 0). */
  static final Rule SIZE_ORDER = Rule.error("instance-group-size-order",
      "An instance group's sizes satisfy 0 ≤ min ≤ desired ≤ max", ASG);

  /** Doc: the instance type must be a real EC2 instance type (built in here, or described by an override). */
  static final Rule INSTANCE_TYPE_UNKNOWN = Rule.error("instance-type-unknown",
      "An instance group's instance type must be known or described by an override",
      "https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-types.html");

  /** Doc: an Auto Scaling group launches into its VPC subnets; its zones are those subnets' zones. */
  static final Rule ZONE_UNKNOWN = Rule.error("instance-group-zone-unknown",
      "An instance group's zones must be zones of the VPC's subnets", ASG);

  /** Doc: an Auto Scaling group capacity provider names an existing Auto Scaling group (here: an instance group). */
  static final Rule ASG_UNKNOWN = Rule.error("capacity-provider-asg-unknown",
      "An Auto Scaling group capacity provider must name an instance group of its cluster",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AutoScalingGroupProvider.html");

  static final List<Rule> RULES = List.of(SIZE_ORDER, INSTANCE_TYPE_UNKNOWN, ZONE_UNKNOWN, ASG_UNKNOWN);

  /** Checks every cluster of the environment. */
  static void check(Environment env, Findings f) {
    Set<String> vpcZones = env.vpc().subnets().stream().map(Subnet::availabilityZone)
        .collect(Collectors.toCollection(TreeSet::new));
    for (Cluster c : env.clusters()) {
      ProblemPath path = ProblemPath.of("cluster " + c.clusterName());
      for (InstanceGroup g : c.instanceGroups()) {
        instanceGroup(g, path.then("instance group " + g.name()), vpcZones, f);
      }
      for (CapacityProvider p : c.capacityProviders()) {
        if (p.type() != CapacityProviderType.AUTO_SCALING_GROUP) {
          continue;
        }
        Optional<String> asg = p.autoScalingGroup();
        if (asg.isEmpty() || c.instanceGroup(asg.get()).isEmpty()) {
          f.add(ASG_UNKNOWN, path.then("capacity provider " + p.name()).then("autoScalingGroup"),
              "capacity provider " + p.name() + (asg.isEmpty() ? " names no Auto Scaling group"
                  : " names Auto Scaling group " + asg.get() + ", which is not an instance group of cluster "
                      + c.clusterName())
                  + " (instance groups: " + LoadBalancerRules.names(
                      c.instanceGroups().stream().map(InstanceGroup::name).toList()) + ")",
              "set autoScalingGroup to one of the cluster's instance groups");
        }
      }
      CapacityProviderRules.check(c.defaultCapacityProviderStrategy(), path, "defaultCapacityProviderStrategy",
          Optional.of(c), f);
    }
  }

  private static void instanceGroup(InstanceGroup g, ProblemPath path, Set<String> vpcZones, Findings f) {
    int min = g.minSize();
    int desired = g.desiredCapacity();
    int max = g.maxSize();
    if (min < 0 || min > desired || desired > max) {
      f.add(SIZE_ORDER, path,
          "instance group " + g.name() + " has minSize " + min + ", desiredCapacity " + desired + " and maxSize "
              + max + "; they must satisfy 0 ≤ minSize ≤ desiredCapacity ≤ maxSize",
          "set desiredCapacity between minSize and maxSize");
    }
    if (g.resolvedInstanceType().isEmpty()) {
      f.add(INSTANCE_TYPE_UNKNOWN, path.then("instanceType"),
          "instance type " + g.instanceType() + " is not a known instance type (known: "
              + InstanceTypes.all().stream().map(InstanceType::name).collect(Collectors.joining(", ")) + ")",
          "use a known instance type or describe it with instanceTypeOverride(InstanceType.builder()...)");
    }
    if (!vpcZones.isEmpty()) {
      for (int i = 0; i < g.availabilityZones().size(); i++) {
        String zone = g.availabilityZones().get(i);
        if (!vpcZones.contains(zone)) {
          f.add(ZONE_UNKNOWN, path.then("availabilityZones", i),
              "zone " + zone + " has no subnet in the VPC (zones with subnets: " + String.join(", ", vpcZones) + ")",
              "use one of " + String.join(", ", vpcZones) + " or add a subnet in " + zone);
        }
      }
    }
  }
}

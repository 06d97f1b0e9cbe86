package dev.ecsdsl.control.iam;

import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.InstanceGroup;
import java.util.Optional;

/** The role of the instance profile of a container instance: what its agent (and, on EC2, its tasks) may call. */
public final class InstanceProfiles {
  private InstanceProfiles() {}

  /**
   * The role of the instance profile of an instance group (or of a Managed Instances capacity provider's launch
   * template), if it has one.
   *
   * @param environment the deployed description
   * @param cluster the instance's cluster
   * @param instanceGroup the instance's group
   * @return the role of the group's instance profile, empty when the group has none
   */
  public static Optional<IamRole> role(Environment environment, String cluster, String instanceGroup) {
    Optional<Cluster> described = environment.cluster(cluster);
    Optional<String> profile = described.flatMap(c -> c.instanceGroup(instanceGroup))
        .flatMap(InstanceGroup::iamInstanceProfile);
    if (profile.isEmpty()) {
      // an Amazon ECS Managed Instances instance: its group is its capacity provider, the profile its template's
      profile = described.flatMap(c -> c.capacityProvider(instanceGroup)).flatMap(p -> p.managedInstancesProvider())
          .flatMap(p -> p.instanceLaunchTemplate()).map(t -> t.ec2InstanceProfileArn());
    }
    return profile.flatMap(environment::role);
  }
}

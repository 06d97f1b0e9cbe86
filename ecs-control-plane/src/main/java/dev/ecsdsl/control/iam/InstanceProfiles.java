package dev.ecsdsl.control.iam;

import dev.ecsdsl.control.ControlPlane;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.InstanceGroup;
import java.util.Optional;

/** The role of the instance profile of a container instance: what its agent (and, on EC2, its tasks) may call. */
public final class InstanceProfiles {
  private InstanceProfiles() {}

  /**
   * The role of the instance profile of a container instance, if its instance group has one; called on the
   * control plane's thread.
   *
   * @param plane the control plane that knows the instance
   * @param cluster the instance's cluster
   * @param containerInstanceArn the container instance
   * @return the role of its instance group's instance profile, empty when the group has none
   */
  public static Optional<IamRole> role(ControlPlane plane, String cluster, String containerInstanceArn) {
    Environment environment = plane.environment();
    String group = plane.describeContainerInstance(cluster, containerInstanceArn).instanceGroup();
    return environment.cluster(cluster).flatMap(c -> c.instanceGroups().stream()
        .filter(g -> g.name().equals(group)).findFirst())
        .flatMap(InstanceGroup::iamInstanceProfile).flatMap(environment::role);
  }
}

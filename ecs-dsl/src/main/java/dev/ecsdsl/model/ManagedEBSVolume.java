package dev.ecsdsl.model;

import java.util.List;
import java.util.Optional;

/**
 * The members of the Amazon EBS volume ECS creates for a task, shared by the service form
 * ({@link ServiceManagedEBSVolumeConfiguration}) and the RunTask/StartTask form
 * ({@link TaskManagedEBSVolumeConfiguration}); most map one to one to EBS {@code CreateVolume}.
 */
public interface ManagedEBSVolume {
  /** {@return whether the volume is encrypted (EBS CreateVolume {@code Encrypted})} */
  Optional<Boolean> encrypted();

  /** {@return the KMS key that encrypts the volume} */
  Optional<String> kmsKeyId();

  /** {@return the EBS volume type; gp3 when unset} */
  Optional<EbsVolumeType> volumeType();

  /**
   * {@return the size in GiB (gp2 and gp3 1–16,384, io1 and io2 4–16,384, st1 and sc1 125–16,384, standard
   * 1–1,024); required unless snapshotId is given, then at least the snapshot's size}
   */
  Optional<Integer> sizeInGiB();

  /** {@return the EBS snapshot the volume is created from} */
  Optional<String> snapshotId();

  /** {@return MiB/s at which data is fetched from the snapshot (only with snapshotId)} */
  Optional<Integer> volumeInitializationRate();

  /**
   * {@return provisioned IOPS: gp3 3,000–16,000 (3,000 when unset), io1 100–64,000, io2 100–256,000; required for
   * io1 and io2, not for st1, sc1 and standard}
   */
  Optional<Integer> iops();

  /** {@return MiB/s of throughput, at most 1,000 (gp3 only)} */
  Optional<Integer> throughput();

  /** {@return the tags ECS puts on the volume} */
  List<EbsTagSpecification> tagSpecifications();

  /** {@return the ECS infrastructure role that manages the volume (AmazonECSInfrastructureRolePolicyForVolumes)} */
  String roleArn();

  /** {@return the filesystem; xfs on Linux when unset, NTFS on Windows} */
  Optional<TaskFilesystemType> filesystemType();
}

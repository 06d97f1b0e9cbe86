package dev.ecsdsl.dsl;

import dev.ecsdsl.model.EfsAccessPoint;
import dev.ecsdsl.model.EfsFileSystem;

/** Describes an EFS file system: its mount targets and access points. */
public final class EfsBuilder {
  private final EfsFileSystem.Builder fs = EfsFileSystem.builder();

  EfsBuilder(String fileSystemId) {
    fs.fileSystemId(fileSystemId);
  }

  /**
   * Subnets with a mount target (default: every subnet).
   *
   * @param subnetIds the subnets
   * @return this builder
   */
  public EfsBuilder mountTargets(String... subnetIds) {
    fs.addMountTargetSubnets(subnetIds);
    return this;
  }

  /**
   * An access point exposing a directory of the file system as its root.
   *
   * @param accessPointId the access point id, e.g. {@code fsap-0123}
   * @param rootDirectory the directory it exposes, e.g. {@code /shared}
   * @return this builder
   */
  public EfsBuilder accessPoint(String accessPointId, String rootDirectory) {
    fs.addAccessPoint(EfsAccessPoint.builder().accessPointId(accessPointId).rootDirectory(rootDirectory).build());
    return this;
  }

  /**
   * A file system policy that refuses unencrypted mounts.
   *
   * @return this builder
   */
  public EfsBuilder requireTransitEncryption() {
    fs.requireTransitEncryption(true);
    return this;
  }

  EfsFileSystem build() {
    return fs.build();
  }
}

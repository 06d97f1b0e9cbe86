package dev.ecsdsl.dsl;

import dev.ecsdsl.model.DockerVolumeConfiguration;
import dev.ecsdsl.model.EfsAuthorizationConfig;
import dev.ecsdsl.model.EfsVolumeConfiguration;
import dev.ecsdsl.model.FsxLustreVolumeConfiguration;
import dev.ecsdsl.model.HostVolumeProperties;
import dev.ecsdsl.model.S3VolumeConfiguration;
import dev.ecsdsl.model.Volume;

/** Describes a task volume: host path, Docker volume, EFS (or, to be rejected, S3 and FSx for Lustre). */
public final class VolumeBuilder {
  private final Volume.Builder v = Volume.builder();

  VolumeBuilder(String name) {
    v.name(name);
  }

  /**
   * Bind mount of a host path (EC2 only).
   *
   * @param sourcePath the path on the host
   * @return this builder
   */
  public VolumeBuilder host(String sourcePath) {
    v.host(HostVolumeProperties.builder().sourcePath(sourcePath).build());
    return this;
  }

  /**
   * A Docker volume with task or shared scope (EC2 only).
   *
   * @param scope {@code task} or {@code shared}
   * @param autoprovision whether a shared volume is created when it does not exist
   * @return this builder
   */
  public VolumeBuilder docker(String scope, boolean autoprovision) {
    v.dockerVolumeConfiguration(DockerVolumeConfiguration.builder().scope(scope).autoprovision(autoprovision).build());
    return this;
  }

  /**
   * An EFS file system at its root, encrypted in transit.
   *
   * @param fileSystemId the file system id, e.g. {@code fs-shared}
   * @return this builder
   */
  public VolumeBuilder efs(String fileSystemId) {
    v.efsVolumeConfiguration(EfsVolumeConfiguration.builder().fileSystemId(fileSystemId)
        .transitEncryption("ENABLED").build());
    return this;
  }

  /**
   * A directory of an EFS file system, encrypted in transit.
   *
   * @param fileSystemId the file system id, e.g. {@code fs-shared}
   * @param rootDirectory the directory mounted as the volume's root
   * @return this builder
   */
  public VolumeBuilder efs(String fileSystemId, String rootDirectory) {
    v.efsVolumeConfiguration(EfsVolumeConfiguration.builder().fileSystemId(fileSystemId)
        .rootDirectory(rootDirectory).transitEncryption("ENABLED").build());
    return this;
  }

  /**
   * An EFS access point (transit encryption on, IAM authorization with the task role).
   *
   * @param fileSystemId the file system id, e.g. {@code fs-shared}
   * @param accessPointId the access point id, e.g. {@code fsap-0123}
   * @return this builder
   */
  public VolumeBuilder efsAccessPoint(String fileSystemId, String accessPointId) {
    v.efsVolumeConfiguration(EfsVolumeConfiguration.builder().fileSystemId(fileSystemId)
        .transitEncryption("ENABLED")
        .authorizationConfig(EfsAuthorizationConfig.builder().accessPointId(accessPointId).iam("ENABLED").build())
        .build());
    return this;
  }

  /**
   * Any EFS configuration.
   *
   * @param configuration the EFS volume configuration
   * @return this builder
   */
  public VolumeBuilder efs(EfsVolumeConfiguration configuration) {
    v.efsVolumeConfiguration(configuration);
    return this;
  }

  /**
   * An S3 bucket as a volume: ECS cannot do this, and validation says so.
   *
   * @param bucketName the bucket
   * @return this builder
   */
  public VolumeBuilder s3(String bucketName) {
    v.s3VolumeConfiguration(S3VolumeConfiguration.builder().bucketName(bucketName).build());
    return this;
  }

  /**
   * FSx for Lustre as a volume: ECS does not support it, and validation says so.
   *
   * @param fileSystemId the FSx file system id
   * @return this builder
   */
  public VolumeBuilder fsxLustre(String fileSystemId) {
    v.fsxLustreVolumeConfiguration(FsxLustreVolumeConfiguration.builder().fileSystemId(fileSystemId).build());
    return this;
  }

  /**
   * A volume ECS creates when the task launches (an Amazon EBS volume, configured by the service's or RunTask's
   * volumeConfigurations).
   *
   * @return this builder
   */
  public VolumeBuilder configuredAtLaunch() {
    v.configuredAtLaunch(true);
    return this;
  }

  Volume build() {
    return v.build();
  }
}

package dev.ecsdsl.validation;

import static dev.ecsdsl.validation.Fixtures.ec2Task;
import static dev.ecsdsl.validation.Fixtures.fargateTask;
import static dev.ecsdsl.validation.Fixtures.fargateTaskWith;
import static dev.ecsdsl.validation.Fixtures.shopWithTask;
import static dev.ecsdsl.validation.RuleCase.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.DockerVolumeConfiguration;
import dev.ecsdsl.model.EfsAuthorizationConfig;
import dev.ecsdsl.model.EfsVolumeConfiguration;
import dev.ecsdsl.model.FsxLustreVolumeConfiguration;
import dev.ecsdsl.model.FsxWindowsFileServerAuthorizationConfig;
import dev.ecsdsl.model.FsxWindowsFileServerVolumeConfiguration;
import dev.ecsdsl.model.HostVolumeProperties;
import dev.ecsdsl.model.MountPoint;
import dev.ecsdsl.model.OsFamily;
import dev.ecsdsl.model.RuntimePlatform;
import dev.ecsdsl.model.S3VolumeConfiguration;
import dev.ecsdsl.model.Volume;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** One test per rule about task volumes and mount points. */
class VolumeRuleTest {

  static List<RuleCase> cases() {
    return List.of(
        rule("mount-point-unknown-volume").breaking("mount of a volume the task does not have")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.addMountPoint(MountPoint.of("data", "/data", false)))))
            .at("task definition web → container app → mountPoints[0]")
            .saying("volume 'data', which the task definition does not have", "(it has no volumes)"),
        rule("volume-name-unique").breaking("two volumes named data")
            .when(() -> Validator.validate(fargateTask().withVolumes(scratch("data"), scratch("data"))))
            .at("task definition web → volume data")
            .saying("volume name 'data' is used by more than one volume"),
        rule("volume-single-configuration").breaking("host path and Docker volume on one volume")
            .when(() -> Validator.validate(ec2Task().withVolumes(Volume.builder().name("data")
                .host(HostVolumeProperties.builder().sourcePath("/srv/data").build())
                .dockerVolumeConfiguration(DockerVolumeConfiguration.builder().build()).build())))
            .at("task definition worker → volume data")
            .saying("has 2 configurations (host, dockerVolumeConfiguration)"),
        rule("s3-volume-unsupported").breaking("S3 bucket as a volume")
            .when(() -> Validator.validate(ec2Task().withVolumes(s3Volume())))
            .at("task definition worker → volume assets → s3VolumeConfiguration")
            .saying("S3 bucket 'shop-assets'", "ECS cannot mount S3 buckets"),
        rule("fsx-lustre-volume-unsupported").breaking("FSx for Lustre as a volume")
            .when(() -> Validator.validate(ec2Task().withVolumes(Volume.builder().name("scratch")
                .fsxLustreVolumeConfiguration(FsxLustreVolumeConfiguration.builder().fileSystemId("fs-lustre1").build())
                .build())))
            .at("task definition worker → volume scratch → fsxLustreVolumeConfiguration")
            .saying("FSx for Lustre file system fs-lustre1", "do not support"),
        rule("docker-volume-not-on-fargate").breaking("Docker volume on Fargate")
            .when(() -> Validator.validate(fargateTask().withVolumes(Volume.builder().name("cache")
                .dockerVolumeConfiguration(DockerVolumeConfiguration.builder().scope("task").build()).build())))
            .at("task definition web → volume cache → dockerVolumeConfiguration")
            .saying("volume cache is a Docker volume, which Fargate does not support"),
        rule("host-source-path-not-on-fargate").breaking("host path bind mount on Fargate")
            .when(() -> Validator.validate(fargateTask().withVolumes(Volume.builder().name("logs")
                .host(HostVolumeProperties.builder().sourcePath("/var/log/app").build()).build())))
            .at("task definition web → volume logs → host")
            .saying("binds host path /var/log/app, which Fargate does not support"),
        rule("fsx-windows-requires-windows-ec2").breaking("FSx for Windows in a Linux task")
            .when(() -> Validator.validate(ec2Task().withVolumes(fsxWindows()).withRuntimePlatform(
                RuntimePlatform.builder().operatingSystemFamily(OsFamily.LINUX).build())))
            .at("task definition worker → volume share → fsxWindowsFileServerVolumeConfiguration")
            .saying("only for Windows tasks on EC2", "is for Linux"),
        rule("fsx-windows-requires-windows-ec2").breaking("FSx for Windows on Fargate")
            .when(() -> Validator.validate(fargateTask().withVolumes(fsxWindows())))
            .at("task definition web → volume share → fsxWindowsFileServerVolumeConfiguration")
            .saying("only for Windows tasks on EC2", "runs on Fargate"),
        rule("efs-transit-encryption-required").breaking("access point without transit encryption")
            .when(() -> Validator.validate(fargateTask().withVolumes(efs(EfsVolumeConfiguration.builder()
                .fileSystemId("fs-shared")
                .authorizationConfig(EfsAuthorizationConfig.builder().accessPointId("fsap-uploads").build())))))
            .at("task definition web → volume shared → efsVolumeConfiguration → transitEncryption")
            .saying("uses access point fsap-uploads but transitEncryption is not set (DISABLED)"),
        rule("efs-transit-encryption-required").breaking("IAM authorization with transit encryption DISABLED")
            .when(() -> Validator.validate(fargateTask().withVolumes(efs(EfsVolumeConfiguration.builder()
                .fileSystemId("fs-shared").transitEncryption("DISABLED")
                .authorizationConfig(EfsAuthorizationConfig.builder().iam("ENABLED").build())))))
            .at("task definition web → volume shared → efsVolumeConfiguration → transitEncryption")
            .saying("uses IAM authorization but transitEncryption is DISABLED"),
        rule("efs-access-point-root-directory").breaking("rootDirectory with an access point")
            .when(() -> Validator.validate(fargateTask().withVolumes(efs(EfsVolumeConfiguration.builder()
                .fileSystemId("fs-shared").transitEncryption("ENABLED").rootDirectory("/uploads")
                .authorizationConfig(EfsAuthorizationConfig.builder().accessPointId("fsap-uploads").build())))))
            .at("task definition web → volume shared → efsVolumeConfiguration → rootDirectory")
            .saying("rootDirectory /uploads is set together with access point fsap-uploads"),
        rule("efs-transit-encryption-port-without-encryption").breaking("port without encryption")
            .when(() -> Validator.validate(fargateTask().withVolumes(efs(EfsVolumeConfiguration.builder()
                .fileSystemId("fs-shared").transitEncryptionPort(2999)))))
            .at("task definition web → volume shared → efsVolumeConfiguration → transitEncryptionPort")
            .saying("transitEncryptionPort 2999 is set but transitEncryption is not set (DISABLED)"),
        rule("efs-file-system-unknown").breaking("file system not in the environment")
            .when(() -> Validator.validate(shopWithTask("web", td -> td.withVolumes(
                efs(EfsVolumeConfiguration.builder().fileSystemId("fs-missing"))))))
            .at("service web → task definition web:1 → volume shared → efsVolumeConfiguration → fileSystemId")
            .saying("EFS file system fs-missing is not in the environment", "(file systems: fs-shared)"),
        rule("efs-access-point-unknown").breaking("access point of no file system")
            .when(() -> Validator.validate(shopWithTask("web", td -> td.withVolumes(efs(EfsVolumeConfiguration.builder()
                .fileSystemId("fs-shared").transitEncryption("ENABLED")
                .authorizationConfig(EfsAuthorizationConfig.builder().accessPointId("fsap-other").build()))))))
            .at("service web → task definition web:1 → volume shared → efsVolumeConfiguration → authorizationConfig")
            .saying("access point fsap-other is not an access point of file system fs-shared"));
  }

  @TestFactory
  Stream<DynamicTest> rules() {
    return cases().stream().map(RuleCase::toTest);
  }

  @Test
  void s3VolumeFixPointsToTheSdkAndATaskRole() {
    Problem p = Validator.validate(ec2Task().withVolumes(s3Volume())).problems().get(0);
    assertThat(p.fix()).contains("AWS SDK", "taskRoleArn", "s3:GetObject", "s3://shop-assets");
  }

  @Test
  void validVolumesPass() {
    var fargate = fargateTaskWith(c -> c.addMountPoint(MountPoint.of("shared", "/mnt/shared", false))
        .addMountPoint(MountPoint.of("scratch", "/tmp/scratch", false)))
        .withVolumes(scratch("scratch"), efs(EfsVolumeConfiguration.builder().fileSystemId("fs-shared")
            .transitEncryption("ENABLED").transitEncryptionPort(2999).rootDirectory("/")
            .authorizationConfig(EfsAuthorizationConfig.builder().accessPointId("fsap-uploads").iam("ENABLED").build())));
    assertThat(Validator.validate(fargate).problems()).isEmpty();
    var windows = ec2Task().withVolumes(fsxWindows()).withRuntimePlatform(
        RuntimePlatform.builder().operatingSystemFamily(OsFamily.WINDOWS_SERVER_2019_FULL).build());
    assertThat(Validator.validate(windows).problems()).isEmpty();
    // AWS's own FSx for Windows examples name no runtimePlatform (wfsx-volumes.html): the platform is unknown.
    assertThat(Validator.validate(ec2Task().withVolumes(fsxWindows())).problems()).isEmpty();
    for (OsFamily family : List.of(OsFamily.WINDOWS_SERVER_2016_FULL, OsFamily.WINDOWS_SERVER_20H2_CORE,
        OsFamily.WINDOWS_SERVER_2025_FULL)) {
      assertThat(Validator.validate(ec2Task().withVolumes(fsxWindows()).withRuntimePlatform(
          RuntimePlatform.builder().operatingSystemFamily(family).build())).problems()).as("%s", family).isEmpty();
    }
    var ec2 = ec2Task().withVolumes(Volume.builder().name("logs")
        .host(HostVolumeProperties.builder().sourcePath("/var/log/app").build()).build());
    assertThat(Validator.validate(ec2).problems()).isEmpty();
  }

  private static Volume scratch(String name) {
    return Volume.builder().name(name).build();
  }

  private static Volume s3Volume() {
    return Volume.builder().name("assets")
        .s3VolumeConfiguration(S3VolumeConfiguration.builder().bucketName("shop-assets").build()).build();
  }

  private static Volume fsxWindows() {
    return Volume.builder().name("share").fsxWindowsFileServerVolumeConfiguration(
        FsxWindowsFileServerVolumeConfiguration.builder().fileSystemId("fs-win").rootDirectory("share")
            .authorizationConfig(FsxWindowsFileServerAuthorizationConfig.builder()
                .credentialsParameter("arn:aws:secretsmanager:us-east-1:" + Fixtures.ACCOUNT + ":secret:fsx-creds")
                .domain("corp.example.com").build())
            .build()).build();
  }

  private static Volume efs(EfsVolumeConfiguration.Builder config) {
    return Volume.builder().name("shared").efsVolumeConfiguration(config.build()).build();
  }
}

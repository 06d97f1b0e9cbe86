package dev.ecsdsl.validation;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.EfsAuthorizationConfig;
import dev.ecsdsl.model.EfsFileSystem;
import dev.ecsdsl.model.EfsVolumeConfiguration;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.MountPoint;
import dev.ecsdsl.model.Volume;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules about a task definition's data volumes and the mount points that use them: names, the one
 * configuration each volume may have, what Fargate and Linux support, and the EFS options that depend on
 * each other.
 */
final class VolumeRules {
  private VolumeRules() {}

  private static final String VOLUME = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html";
  private static final String STORAGE =
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html";
  private static final String EFS_VOLUME =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html";
  private static final String EFS_AUTH =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSAuthorizationConfig.html";

  /** Doc: mountPoints sourceVolume must be the name of a volume of the task definition. */
  static final Rule MOUNT_POINT_UNKNOWN_VOLUME = Rule.error("mount-point-unknown-volume",
      "A mount point's sourceVolume must name a volume of the task definition",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html");

  /** Doc: the volume name is referenced by mount points, so it identifies one volume. */
  static final Rule VOLUME_NAME_UNIQUE = Rule.error("volume-name-unique",
      "Volume names must be unique within a task definition", VOLUME);

  /** Doc: each volume may specify a name and only one of configuredAtLaunch, docker, efs, fsxWindows or host. */
  static final Rule SINGLE_CONFIGURATION = Rule.error("volume-single-configuration",
      "A volume has at most one configuration", VOLUME);

  /** Doc: ECS volume types are bind mounts, Docker volumes, EFS, FSx for Windows and EBS; S3 is not one. */
  static final Rule S3_UNSUPPORTED = Rule.error("s3-volume-unsupported",
      "S3 buckets cannot be mounted as ECS volumes", STORAGE);

  /** Doc: ECS volume types do not include FSx for Lustre. */
  static final Rule FSX_LUSTRE_UNSUPPORTED = Rule.error("fsx-lustre-volume-unsupported",
      "FSx for Lustre cannot be mounted as an ECS volume", STORAGE);

  /** Doc: Docker volumes aren't supported by tasks run on Fargate. */
  static final Rule DOCKER_NOT_ON_FARGATE = Rule.error("docker-volume-not-on-fargate",
      "Docker volumes are not supported on Fargate", VOLUME);

  /** Doc: the host and sourcePath parameters aren't supported for tasks run on Fargate. */
  static final Rule HOST_PATH_NOT_ON_FARGATE = Rule.error("host-source-path-not-on-fargate",
      "Bind mounts with a host sourcePath are not supported on Fargate", VOLUME);

  /**
   * Doc: FSx for Windows File Server volumes are for Windows tasks on EC2 ("Supported capacity: Amazon EC2;
   * supported operating systems: Windows", using_data_volumes.html; not on Fargate, wfsx-volumes.html). A task
   * definition that names no runtime platform may still be for Windows (AWS's own FSx examples name none), so
   * only Fargate and an explicit Linux platform are refused.
   */
  static final Rule FSX_WINDOWS_ONLY = Rule.error("fsx-windows-requires-windows-ec2",
      "FSx for Windows File Server volumes need Windows tasks on EC2",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/wfsx-volumes.html");

  /** Doc: transit encryption must be on if an access point or EFS IAM authorization is used. */
  static final Rule EFS_TRANSIT_ENCRYPTION = Rule.error("efs-transit-encryption-required",
      "EFS access points and IAM authorization require transit encryption", EFS_AUTH);

  /** Doc: with an access point, rootDirectory must be omitted or set to /. */
  static final Rule EFS_ACCESS_POINT_ROOT = Rule.error("efs-access-point-root-directory",
      "With an EFS access point the volume's rootDirectory must be omitted or /", EFS_AUTH);

  /** Doc: transitEncryptionPort is the port for encrypted traffic, only used with transit encryption. */
  static final Rule EFS_PORT_WITHOUT_ENCRYPTION = Rule.error("efs-transit-encryption-port-without-encryption",
      "transitEncryptionPort needs transitEncryption ENABLED", EFS_VOLUME);

  /** Doc: fileSystemId is an EFS file system of the account (environment context). */
  static final Rule EFS_UNKNOWN = Rule.error("efs-file-system-unknown",
      "An EFS volume must name a file system of the environment", EFS_VOLUME);

  /** Doc: accessPointId is an access point of that file system (environment context). */
  static final Rule EFS_ACCESS_POINT_UNKNOWN = Rule.error("efs-access-point-unknown",
      "An EFS access point must belong to the volume's file system", EFS_AUTH);

  static final List<Rule> RULES = List.of(MOUNT_POINT_UNKNOWN_VOLUME, VOLUME_NAME_UNIQUE, SINGLE_CONFIGURATION,
      S3_UNSUPPORTED, FSX_LUSTRE_UNSUPPORTED, DOCKER_NOT_ON_FARGATE, HOST_PATH_NOT_ON_FARGATE, FSX_WINDOWS_ONLY,
      EFS_TRANSIT_ENCRYPTION, EFS_ACCESS_POINT_ROOT, EFS_PORT_WITHOUT_ENCRYPTION, EFS_UNKNOWN,
      EFS_ACCESS_POINT_UNKNOWN);

  /** Checks every volume and every mount point. */
  static void check(TaskScope s, Findings f) {
    Set<String> names = new LinkedHashSet<>();
    for (Volume v : s.td().volumes()) {
      ProblemPath path = s.path().then("volume " + v.name());
      if (!names.add(v.name())) {
        f.add(VOLUME_NAME_UNIQUE, path, "volume name '" + v.name() + "' is used by more than one volume",
            "give each volume its own name");
      }
      checkVolume(s, v, path, f);
    }
    for (ContainerDefinition c : s.td().containerDefinitions()) {
      for (int i = 0; i < c.mountPoints().size(); i++) {
        MountPoint mp = c.mountPoints().get(i);
        Optional<String> source = mp.sourceVolume();
        if (source.isPresent() && !names.contains(source.get())) {
          f.add(MOUNT_POINT_UNKNOWN_VOLUME, s.container(c).then("mountPoints", i),
              "mount point refers to volume '" + source.get() + "', which the task definition does not have"
                  + (names.isEmpty() ? " (it has no volumes)" : " (volumes: " + Words.list(names) + ")"),
              "add a volume named '" + source.get() + "' to the task definition or fix sourceVolume");
        }
      }
    }
  }

  private static void checkVolume(TaskScope s, Volume v, ProblemPath path, Findings f) {
    List<String> configs = new ArrayList<>();
    v.host().ifPresent(h -> configs.add("host"));
    v.dockerVolumeConfiguration().ifPresent(d -> configs.add("dockerVolumeConfiguration"));
    v.efsVolumeConfiguration().ifPresent(e -> configs.add("efsVolumeConfiguration"));
    v.fsxWindowsFileServerVolumeConfiguration().ifPresent(x -> configs.add("fsxWindowsFileServerVolumeConfiguration"));
    v.s3VolumeConfiguration().ifPresent(x -> configs.add("s3VolumeConfiguration"));
    v.fsxLustreVolumeConfiguration().ifPresent(x -> configs.add("fsxLustreVolumeConfiguration"));
    if (v.configuredAtLaunch().orElse(false)) {
      configs.add("configuredAtLaunch");
    }
    if (configs.size() > 1) {
      f.add(SINGLE_CONFIGURATION, path,
          "volume " + v.name() + " has " + configs.size() + " configurations (" + String.join(", ", configs)
              + "); a volume may have only one",
          "keep one of " + String.join(", ", configs) + " and move the others to volumes of their own");
    }
    v.s3VolumeConfiguration().ifPresent(s3 -> f.add(S3_UNSUPPORTED, path.then("s3VolumeConfiguration"),
        "volume " + v.name() + " mounts S3 bucket '" + s3.bucketName() + "', but ECS cannot mount S3 buckets as"
            + " volumes",
        "remove the volume and read s3://" + s3.bucketName() + " with the AWS SDK, using a taskRoleArn whose role"
            + " allows s3:GetObject (and s3:ListBucket) on the bucket"));
    v.fsxLustreVolumeConfiguration().ifPresent(x -> f.add(FSX_LUSTRE_UNSUPPORTED,
        path.then("fsxLustreVolumeConfiguration"),
        "volume " + v.name() + " mounts FSx for Lustre file system " + x.fileSystemId()
            + ", which ECS task definitions do not support",
        "use an EFS volume (efsVolumeConfiguration) instead, or FSx for Windows File Server for Windows tasks"
            + " on EC2"));
    if (s.fargate()) {
      v.dockerVolumeConfiguration().ifPresent(d -> f.add(DOCKER_NOT_ON_FARGATE,
          path.then("dockerVolumeConfiguration"),
          "volume " + v.name() + " is a Docker volume, which Fargate does not support",
          "use an EFS volume for shared or durable data, or an empty volume (no configuration) for task-scoped"
              + " scratch space"));
      v.host().flatMap(h -> h.sourcePath()).ifPresent(p -> f.add(HOST_PATH_NOT_ON_FARGATE,
          path.then("host"),
          "volume " + v.name() + " binds host path " + p + ", which Fargate does not support",
          "remove sourcePath for a task-scoped volume, or use an EFS volume"));
    }
    v.fsxWindowsFileServerVolumeConfiguration().ifPresent(x -> {
      if (s.fargate() || s.linux()) {
        f.add(FSX_WINDOWS_ONLY, path.then("fsxWindowsFileServerVolumeConfiguration"),
            "volume " + v.name() + " uses FSx for Windows File Server, which works only for Windows tasks on EC2;"
                + " this task definition " + (s.fargate() ? "runs on Fargate" : "is for Linux"),
            "run the task on EC2 with runtimePlatform operatingSystemFamily WINDOWS_SERVER_*, or use EFS for"
                + " Linux tasks");
      }
    });
    v.efsVolumeConfiguration().ifPresent(efs -> efs(s, v, efs, path.then("efsVolumeConfiguration"), f));
  }

  private static void efs(TaskScope s, Volume v, EfsVolumeConfiguration efs, ProblemPath path, Findings f) {
    boolean encrypted = efs.transitEncryption().map("ENABLED"::equalsIgnoreCase).orElse(false);
    Optional<String> accessPoint = efs.authorizationConfig().flatMap(EfsAuthorizationConfig::accessPointId);
    boolean iam = efs.authorizationConfig().flatMap(EfsAuthorizationConfig::iam)
        .map("ENABLED"::equalsIgnoreCase).orElse(false);
    if (!encrypted && (accessPoint.isPresent() || iam)) {
      String why = accessPoint.isPresent() && iam ? "an access point and IAM authorization"
          : accessPoint.isPresent() ? "access point " + accessPoint.get() : "IAM authorization";
      f.add(EFS_TRANSIT_ENCRYPTION, path.then("transitEncryption"),
          "volume " + v.name() + " uses " + why + " but transitEncryption is "
              + efs.transitEncryption().orElse("not set (DISABLED)"),
          "set transitEncryption to ENABLED");
    }
    if (accessPoint.isPresent() && efs.rootDirectory().filter(r -> !r.equals("/")).isPresent()) {
      f.add(EFS_ACCESS_POINT_ROOT, path.then("rootDirectory"),
          "rootDirectory " + efs.rootDirectory().get() + " is set together with access point " + accessPoint.get()
              + "; with an access point the root directory must be omitted or /",
          "remove rootDirectory (the access point's own root directory applies)");
    }
    if (efs.transitEncryptionPort().isPresent() && !encrypted) {
      f.add(EFS_PORT_WITHOUT_ENCRYPTION, path.then("transitEncryptionPort"),
          "transitEncryptionPort " + efs.transitEncryptionPort().get() + " is set but transitEncryption is "
              + efs.transitEncryption().orElse("not set (DISABLED)"),
          "set transitEncryption to ENABLED or remove transitEncryptionPort");
    }
    if (s.env().isPresent()) {
      Environment env = s.env().get();
      Optional<EfsFileSystem> fs = env.efsFileSystem(efs.fileSystemId());
      if (fs.isEmpty()) {
        f.add(EFS_UNKNOWN, path.then("fileSystemId"),
            "EFS file system " + efs.fileSystemId() + " is not in the environment (file systems: "
                + (env.efsFileSystems().isEmpty() ? "none"
                    : env.efsFileSystems().stream().map(EfsFileSystem::fileSystemId).collect(Collectors.joining(", ")))
                + ")",
            "add file system " + efs.fileSystemId() + " to the environment or fix fileSystemId");
      } else if (accessPoint.isPresent()
          && fs.get().accessPoints().stream().noneMatch(a -> a.accessPointId().equals(accessPoint.get()))) {
        f.add(EFS_ACCESS_POINT_UNKNOWN, path.then("authorizationConfig"),
            "access point " + accessPoint.get() + " is not an access point of file system " + efs.fileSystemId(),
            "add access point " + accessPoint.get() + " to file system " + efs.fileSystemId()
                + " or fix accessPointId");
      }
    }
  }
}

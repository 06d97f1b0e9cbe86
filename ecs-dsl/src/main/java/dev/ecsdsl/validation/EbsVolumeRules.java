package dev.ecsdsl.validation;

import dev.ecsdsl.model.EbsVolumeType;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.ManagedEBSVolume;
import dev.ecsdsl.model.ServiceVolumeConfiguration;
import dev.ecsdsl.model.Volume;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules about Amazon EBS volumes that ECS creates for tasks: one volume configured at launch per task definition,
 * a service's volume configurations naming it, and ECS's limits of size, IOPS, throughput and initialization rate
 * per volume type. {@link #checkVolume} serves the RunTask form too.
 */
final class EbsVolumeRules {
  private EbsVolumeRules() {}

  private static final String VOLUME = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html";
  private static final String MANAGED =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskManagedEBSVolumeConfiguration.html";

  /**
   * Doc (Volume.configuredAtLaunch): "Each task definition revision may only have one volume configured at launch
   * in the volume configuration."
   */
  static final Rule ONE_AT_LAUNCH = Rule.error("ebs-one-volume-configured-at-launch",
      "A task definition has at most one volume with configuredAtLaunch", VOLUME);

  /**
   * Doc (ServiceVolumeConfiguration.name): "This value must match the volume name from the Volume object in the
   * task definition, that was configured at launch time."
   */
  static final Rule CONFIGURATION_NAME = Rule.error("ebs-volume-configuration-name",
      "Each volumeConfigurations[].name is the task definition's volume configured at launch, once",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceVolumeConfiguration.html");

  /** Doc (sizeInGiB, snapshotId): "You must specify either a volume size or a snapshot ID." */
  static final Rule SIZE_OR_SNAPSHOT = Rule.error("ebs-size-or-snapshot",
      "A managed EBS volume has a sizeInGiB or a snapshotId", MANAGED);

  /** Doc (sizeInGiB): gp2 and gp3 1–16,384; io1 and io2 4–16,384; st1 and sc1 125–16,384; standard 1–1,024. */
  static final Rule SIZE_RANGE = Rule.error("ebs-size-range",
      "sizeInGiB is within its volume type's range (gp2/gp3 1–16384, io1/io2 4–16384, st1/sc1 125–16384, standard 1–1024)",
      MANAGED);

  /**
   * Doc (iops): gp3 3,000–16,000, io1 100–64,000, io2 100–256,000; "required for io1 and io2 volume types ... not
   * supported for st1, sc1, or standard volume types" (nor gp2, whose IOPS follow its size).
   */
  static final Rule IOPS = Rule.error("ebs-iops",
      "iops: required for io1/io2, only for gp3/io1/io2, within gp3 3000–16000, io1 100–64000, io2 100–256000", MANAGED);

  /** Doc (throughput): "with a maximum of 1,000 MiB/s ... This parameter is only supported for the gp3 volume type." */
  static final Rule THROUGHPUT = Rule.error("ebs-throughput",
      "throughput is for gp3 volumes only, at most 1000 MiB/s", MANAGED);

  /** Doc (volumeInitializationRate): "This property can be specified only if you specify a snapshotId." */
  static final Rule INITIALIZATION_RATE = Rule.error("ebs-initialization-rate-needs-snapshot",
      "volumeInitializationRate needs a snapshotId", MANAGED);

  /** Doc (volumeType): "The magnetic volume type is not supported on Fargate." */
  static final Rule MAGNETIC_NOT_ON_FARGATE = Rule.error("ebs-magnetic-not-on-fargate",
      "The standard (magnetic) volume type is not supported on Fargate", MANAGED);

  static final List<Rule> RULES = List.of(ONE_AT_LAUNCH, CONFIGURATION_NAME, SIZE_OR_SNAPSHOT,
      SIZE_RANGE, IOPS, THROUGHPUT, INITIALIZATION_RATE, MAGNETIC_NOT_ON_FARGATE);

  /** Checks the task definition's volumes configured at launch. */
  static void check(TaskScope s, Findings f) {
    List<Volume> atLaunch = s.td().volumes().stream().filter(v -> v.configuredAtLaunch().orElse(false)).toList();
    if (atLaunch.size() > 1) {
      f.add(ONE_AT_LAUNCH, s.path().then("volumes"), "task definition " + s.td().family() + " has "
          + atLaunch.size() + " volumes configured at launch (" + String.join(", ", atLaunch.stream()
              .map(Volume::name).toList()) + "); ECS allows one",
          "keep configuredAtLaunch on one volume");
    }
  }

  /** Checks a service's volume configurations against its task definition and ECS's EBS limits. */
  static void checkService(ServiceScope s, Findings f) {
    Set<String> seen = new HashSet<>();
    boolean fargate = s.launch().orElse(null) == LaunchType.FARGATE;
    for (int i = 0; i < s.service().volumeConfigurations().size(); i++) {
      ServiceVolumeConfiguration config = s.service().volumeConfigurations().get(i);
      ProblemPath path = s.path().then("volumeConfigurations[" + i + "]");
      if (s.td().isPresent()) {
        boolean atLaunch = s.td().get().volumes().stream()
            .anyMatch(v -> v.name().equals(config.name()) && v.configuredAtLaunch().orElse(false));
        if (!atLaunch || !seen.add(config.name())) {
          f.add(CONFIGURATION_NAME, path.then("name"), atLaunch
                  ? "volume " + config.name() + " is configured twice"
                  : "volume " + config.name() + " is not a volume of task definition " + s.td().get().family()
                      + " that is configured at launch",
              atLaunch ? "keep one configuration per volume"
                  : "name the task definition's volume that has \"configuredAtLaunch\": true");
        }
      }
      config.managedEBSVolume().ifPresent(v -> checkVolume(v, path.then("managedEBSVolume"), fargate, f));
    }
  }

  /** Checks one managed EBS volume against ECS's limits; {@code fargate} when its task runs on Fargate. */
  static void checkVolume(ManagedEBSVolume v, ProblemPath path, boolean fargate, Findings f) {
    EbsVolumeType type = v.volumeType().orElse(EbsVolumeType.GP3);
    if (v.sizeInGiB().isEmpty() && v.snapshotId().isEmpty()) {
      f.add(SIZE_OR_SNAPSHOT, path, "the volume has neither sizeInGiB nor snapshotId",
          "give sizeInGiB (e.g. 20) or the snapshotId to create it from");
    }
    v.sizeInGiB().ifPresent(size -> {
      int min = switch (type) {
        case IO1, IO2 -> 4;
        case ST1, SC1 -> 125;
        default -> 1;
      };
      int max = type == EbsVolumeType.STANDARD ? 1024 : 16384;
      if (size < min || size > max) {
        f.add(SIZE_RANGE, path.then("sizeInGiB"), "sizeInGiB " + size + " is outside " + min + "–" + max
            + " for volume type " + type.ecsName(), "give a size from " + min + " to " + max + " GiB");
      }
    });
    checkIops(v, type, path, f);
    v.throughput().ifPresent(t -> {
      if (type != EbsVolumeType.GP3 || t < 0 || t > 1000) {
        f.add(THROUGHPUT, path.then("throughput"), type != EbsVolumeType.GP3
                ? "throughput is set for a " + type.ecsName() + " volume; only gp3 takes it"
                : "throughput " + t + " MiB/s is outside 0–1000",
            type != EbsVolumeType.GP3 ? "remove throughput or use volumeType gp3" : "give at most 1000 MiB/s");
      }
    });
    if (v.volumeInitializationRate().isPresent() && v.snapshotId().isEmpty()) {
      f.add(INITIALIZATION_RATE, path.then("volumeInitializationRate"),
          "volumeInitializationRate is set, but the volume is not created from a snapshot",
          "add the snapshotId, or remove volumeInitializationRate");
    }
    if (fargate && type == EbsVolumeType.STANDARD) {
      f.add(MAGNETIC_NOT_ON_FARGATE, path.then("volumeType"), "the magnetic (standard) volume type is not supported"
          + " on Fargate", "use gp3 (the default) or another SSD or HDD type");
    }
  }

  private static void checkIops(ManagedEBSVolume v, EbsVolumeType type, ProblemPath path, Findings f) {
    boolean provisioned = type == EbsVolumeType.IO1 || type == EbsVolumeType.IO2;
    if (provisioned && v.iops().isEmpty()) {
      f.add(IOPS, path.then("iops"), "a " + type.ecsName() + " volume needs iops", "give the provisioned IOPS");
      return;
    }
    v.iops().ifPresent(iops -> {
      int[] range = switch (type) {
        case GP3 -> new int[] {3000, 16000};
        case IO1 -> new int[] {100, 64000};
        case IO2 -> new int[] {100, 256000};
        default -> null;
      };
      if (range == null) {
        f.add(IOPS, path.then("iops"), "iops is set for a " + type.ecsName() + " volume, which takes none",
            "remove iops, or use gp3, io1 or io2");
      } else if (iops < range[0] || iops > range[1]) {
        f.add(IOPS, path.then("iops"), "iops " + iops + " is outside " + range[0] + "–" + range[1] + " for "
            + type.ecsName(), "give IOPS from " + range[0] + " to " + range[1]);
      }
    });
  }
}

package dev.ecsdsl.docker.agent;

import dev.ecsdsl.control.agent.TaskLaunch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of what the agent creates. They include the run id, because task ids repeat across runtimes made
 * with the same seed. ECS container names cannot contain a dot, so the pause container's cannot clash.
 */
final class DockerNames {
  /** Docker keeps a volume in a directory of that name: one path component. */
  private static final int MAX_VOLUME_NAME = 255;

  private DockerNames() {}

  /** The network of a run: {@code ecs-dsl-<runId>}. */
  static String network(String runId) {
    return "ecs-dsl-" + runId;
  }

  /** A task's container: {@code ecs-dsl-<runId>-<taskId>-<container>}. */
  static String container(String runId, TaskLaunch task, String containerName) {
    return "ecs-dsl-" + runId + "-" + task.taskId() + "-" + containerName;
  }

  /** A volume that lives as long as its task: {@code ecs-dsl-<runId>-<taskId>-<volume>}. */
  static String taskVolume(String runId, TaskLaunch task, String volumeName) {
    return bounded("ecs-dsl-" + runId + "-" + task.taskId() + "-" + safe(volumeName));
  }

  /** The volume standing in for an EFS file system during a run: {@code ecs-dsl-<runId>-efs-<fileSystemId>}. */
  static String efsVolume(String runId, String fileSystemId) {
    return bounded("ecs-dsl-" + runId + "-efs-" + safe(fileSystemId));
  }

  /**
   * The volume exposing a directory of an EFS file system: the file system's volume name and a digest of
   * the directory ({@code …-efs-fs-1234-9f86d081884c}).
   */
  static String efsDirectoryVolume(String runId, String fileSystemId, String directory) {
    return bounded(efsVolume(runId, fileSystemId) + "-" + digest(directory).substring(0, 12));
  }

  /** A task's pause container: {@code ecs-dsl-<runId>-<taskId>.pause}. */
  static String pause(String runId, TaskLaunch task) {
    return "ecs-dsl-" + runId + "-" + task.taskId() + ".pause";
  }

  /** Characters Docker allows in a name ({@code [a-zA-Z0-9_.-]}); others become {@code _}. */
  private static String safe(String text) {
    return text.replaceAll("[^a-zA-Z0-9_.-]", "_");
  }

  /** The name, or when too long for a volume its start and a digest of the whole. */
  private static String bounded(String name) {
    if (name.length() <= MAX_VOLUME_NAME) {
      return name;
    }
    return name.substring(0, MAX_VOLUME_NAME - 17) + "-" + digest(name).substring(0, 16);
  }

  private static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}

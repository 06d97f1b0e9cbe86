package dev.ecsdsl.docker.agent;

/**
 * The labels the Docker agent puts on everything it creates (containers, networks, volumes), so that it can
 * all be found again, also after a crash ({@link DockerCleanup}). Besides the run, everything carries its
 * owner: the process that created it ({@link RunOwner}), so that a later agent can tell a crashed run's
 * leftovers from a live run's objects. Containers also carry the ECS agent's own labels
 * ({@code com.amazonaws.ecs.*}) and their definition's {@code dockerLabels}.
 */
public final class DockerLabels {
  /** The runtime that created it (a short id per runtime); on containers and networks. */
  public static final String RUN = "dev.ecsdsl.run";
  /** The owner's process id. */
  public static final String PID = "dev.ecsdsl.pid";
  /** When the owner's process started, in milliseconds since the epoch (tells a reused pid apart). */
  public static final String PID_START = "dev.ecsdsl.pid-start";
  /** The owner's host name. */
  public static final String HOST = "dev.ecsdsl.host";
  /** The owner's kernel boot ({@code /proc/sys/kernel/random/boot_id}); empty where there is none. */
  public static final String BOOT_ID = "dev.ecsdsl.boot-id";
  /** The owner's pid namespace ({@code /proc/self/ns/pid}, e.g. {@code pid:[4026531836]}); empty where unknown. */
  public static final String PID_NAMESPACE = "dev.ecsdsl.pid-namespace";
  /** On volumes: {@value #SCOPE_TASK}, {@value #SCOPE_SHARED} or {@value #SCOPE_EFS}. */
  public static final String VOLUME_SCOPE = "dev.ecsdsl.volume-scope";
  /** A volume that lives as long as its task. */
  public static final String SCOPE_TASK = "task";
  /** A {@code shared} Docker volume this run created. */
  public static final String SCOPE_SHARED = "shared";
  /** A volume standing in for an EFS file system (or a directory of one) for the run. */
  public static final String SCOPE_EFS = "efs";
  /** On EFS volumes: the file system's id. */
  public static final String EFS_FILE_SYSTEM = "dev.ecsdsl.efs.file-system";
  /** On EFS volumes: the directory of the file system the volume exposes ({@code /} for the whole). */
  public static final String EFS_ROOT_DIRECTORY = "dev.ecsdsl.efs.root-directory";
  /** The cluster's name. */
  public static final String CLUSTER = "dev.ecsdsl.cluster";
  /** The task's id (the last part of its ARN). */
  public static final String TASK = "dev.ecsdsl.task";
  /** The container's name in the task definition. */
  public static final String CONTAINER = "dev.ecsdsl.container";
  /** What an internal container is for; {@value #PAUSE} on a task's pause container. */
  public static final String ROLE = "dev.ecsdsl.role";
  /** The {@link #ROLE} of the container that holds an awsvpc task's network namespace. */
  public static final String PAUSE = "pause";

  /** The ECS agent's label with the task's ARN. */
  public static final String ECS_TASK_ARN = "com.amazonaws.ecs.task-arn";
  /** The ECS agent's label with the container's name. */
  public static final String ECS_CONTAINER_NAME = "com.amazonaws.ecs.container-name";
  /** The ECS agent's label with the cluster's name. */
  public static final String ECS_CLUSTER = "com.amazonaws.ecs.cluster";
  /** The ECS agent's label with the task definition's family. */
  public static final String ECS_FAMILY = "com.amazonaws.ecs.task-definition-family";
  /** The ECS agent's label with the task definition's revision. */
  public static final String ECS_REVISION = "com.amazonaws.ecs.task-definition-version";

  private DockerLabels() {}
}

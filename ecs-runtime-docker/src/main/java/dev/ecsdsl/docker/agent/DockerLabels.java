package dev.ecsdsl.docker.agent;

/**
 * The labels the Docker agent puts on everything it creates, so that it can all be found again, also after
 * a crash ({@link DockerCleanup}). Containers also carry the ECS agent's own labels
 * ({@code com.amazonaws.ecs.*}) and their definition's {@code dockerLabels}.
 */
public final class DockerLabels {
  /** The runtime that created it (a short id per runtime); on containers and networks. */
  public static final String RUN = "dev.ecsdsl.run";
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

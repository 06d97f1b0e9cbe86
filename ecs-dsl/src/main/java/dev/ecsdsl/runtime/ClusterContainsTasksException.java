package dev.ecsdsl.runtime;

/**
 * {@code ClusterContainsTasksException}: you can't delete a cluster that has active tasks (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class ClusterContainsTasksException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public ClusterContainsTasksException(String message) {
    super("ClusterContainsTasksException", message);
  }
}

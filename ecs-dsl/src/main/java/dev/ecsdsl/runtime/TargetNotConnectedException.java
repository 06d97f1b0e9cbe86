package dev.ecsdsl.runtime;

/**
 * {@code TargetNotConnectedException}: the execute command cannot run because the target isn't connected (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class TargetNotConnectedException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public TargetNotConnectedException(String message) {
    super("TargetNotConnectedException", message);
  }
}

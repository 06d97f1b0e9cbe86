package dev.ecsdsl.runtime;

/**
 * {@code BlockedException}: your AWS account was blocked (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class BlockedException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public BlockedException(String message) {
    super("BlockedException", message);
  }
}

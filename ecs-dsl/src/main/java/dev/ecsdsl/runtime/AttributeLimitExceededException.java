package dev.ecsdsl.runtime;

/**
 * {@code AttributeLimitExceededException}: you can apply up to 10 custom attributes for each resource (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class AttributeLimitExceededException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public AttributeLimitExceededException(String message) {
    super("AttributeLimitExceededException", message);
  }
}

package dev.ecsdsl.runtime;

/**
 * {@code UnsupportedFeatureException}: the specified task isn't supported in this Region (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class UnsupportedFeatureException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public UnsupportedFeatureException(String message) {
    super("UnsupportedFeatureException", message);
  }
}

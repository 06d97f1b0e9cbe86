package dev.ecsdsl.runtime;

/**
 * A call that ECS would reject. {@link #errorCode()} is ECS's exception name (for example
 * {@code InvalidParameterException}), so that a test, or an endpoint speaking ECS's protocol, can tell
 * errors apart as ECS clients do.
 *
 * @serial exclude
 */
public class EcsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String errorCode;

  /**
   * An error with ECS's exception name and a message.
   *
   * @param errorCode ECS's exception name, e.g. {@code ClusterNotFoundException}
   * @param message what went wrong
   */
  public EcsException(String errorCode, String message) {
    super(errorCode + ": " + message);
    this.errorCode = errorCode;
  }

  /** {@return ECS's exception name} */
  public String errorCode() {
    return errorCode;
  }

  /**
   * {@code ClientException}: the call is wrong for the state things are in.
   *
   * @param message what is wrong
   * @return the exception
   */
  public static EcsException client(String message) {
    return new EcsException("ClientException", message);
  }

  /**
   * {@code InvalidParameterException}: a parameter is wrong.
   *
   * @param message which parameter is wrong, and why
   * @return the exception
   */
  public static EcsException invalidParameter(String message) {
    return new EcsException("InvalidParameterException", message);
  }

  /**
   * {@code ClusterNotFoundException}.
   *
   * @param cluster the cluster reference that matched nothing
   * @return the exception
   */
  public static EcsException clusterNotFound(String cluster) {
    return new EcsException("ClusterNotFoundException", "Cluster not found: " + cluster);
  }
}

package dev.ecsdsl.runtime;

/**
 * A call that ECS would reject. {@link #errorCode()} is ECS's exception name (for example
 * {@code InvalidParameterException}), so that a test, or an endpoint speaking ECS's protocol, can tell
 * errors apart as ECS clients do. Each error ECS documents has its own subclass (for example
 * {@link ClusterNotFoundException}, {@link ServiceNotActiveException}, {@link InvalidParameterException}), so a
 * caller can also catch the one it expects.
 *
 * @serial exclude
 */
public class EcsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String errorCode;
  private final String ecsMessage;

  /**
   * An error with ECS's exception name and a message. Prefer the subclass of the error, e.g.
   * {@link ClusterNotFoundException}; this constructor is for codes that have none.
   *
   * @param errorCode ECS's exception name, e.g. {@code ClusterNotFoundException}
   * @param message what went wrong
   */
  public EcsException(String errorCode, String message) {
    super(errorCode + ": " + message);
    this.errorCode = errorCode;
    this.ecsMessage = message;
  }

  /** {@return ECS's exception name} */
  public String errorCode() {
    return errorCode;
  }

  /** {@return the message as ECS's error response carries it, without the exception name in front} */
  public String ecsMessage() {
    return ecsMessage;
  }

  /**
   * {@code ClientException}: the call is wrong for the state things are in.
   *
   * @param message what is wrong
   * @return the exception
   */
  public static ClientException client(String message) {
    return new ClientException(message);
  }

  /**
   * {@code InvalidParameterException}: a parameter is wrong.
   *
   * @param message which parameter is wrong, and why
   * @return the exception
   */
  public static InvalidParameterException invalidParameter(String message) {
    return new InvalidParameterException(message);
  }

  /**
   * {@code ClusterNotFoundException} with ECS's message, "Cluster not found.".
   *
   * @param cluster the cluster reference that matched nothing
   * @return the exception
   */
  public static ClusterNotFoundException clusterNotFound(String cluster) {
    return new ClusterNotFoundException("Cluster not found.");
  }
}

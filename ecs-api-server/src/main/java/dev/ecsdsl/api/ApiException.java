package dev.ecsdsl.api;

/**
 * An error the endpoint answers with: ECS's exception name (the JSON 1.1 {@code __type}), a message and
 * the HTTP status (400 for client errors, 500 for the server's own).
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String type;
  private final int status;

  ApiException(String type, String message, int status) {
    super(message, null, false, false);
    this.type = type;
    this.status = status;
  }

  /** ECS's {@code InvalidParameterException}: a parameter is wrong. */
  static ApiException invalidParameter(String message) {
    return new ApiException("InvalidParameterException", message, 400);
  }

  /** ECS's {@code ClientException}: the call is wrong for the state things are in. */
  static ApiException client(String message) {
    return new ApiException("ClientException", message, 400);
  }

  /** The protocol's {@code SerializationException}: the body is not JSON, or a member has the wrong JSON type. */
  static ApiException serialization(String message) {
    return new ApiException("SerializationException", message, 400);
  }

  String type() {
    return type;
  }

  int status() {
    return status;
  }
}

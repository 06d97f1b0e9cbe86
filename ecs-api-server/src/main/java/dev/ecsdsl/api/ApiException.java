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
    super(message);
    this.type = type;
    this.status = status;
  }

  static ApiException invalidParameter(String message) {
    return new ApiException("InvalidParameterException", message, 400);
  }

  String type() {
    return type;
  }

  int status() {
    return status;
  }
}

package dev.ecsdsl.api;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers by itself (a garbage request line, a bad {@code Content-Length}, headers over the
 * limit, a URI it cannot parse) as AWS JSON 1.1 errors, {@code {"__type": "ClientException", "message": …}},
 * never its HTML page: SDKs read the body of every error.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    ApiResponses.send(response, callback, code, ApiResponses.error(type(code), message(code, message)));
  }

  private static String type(int status) {
    return status >= 500 ? "ServerException" : "ClientException";
  }

  private static String message(int status, String reason) {
    return "the request is not a valid HTTP/1.1 request of this endpoint (" + status
        + (reason == null || reason.isBlank() ? "" : ": " + reason) + ")";
  }
}

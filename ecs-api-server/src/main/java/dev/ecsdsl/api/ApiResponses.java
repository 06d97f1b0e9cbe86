package dev.ecsdsl.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Answers in the JSON 1.1 protocol's shape: a JSON body, its length, its content type and a request id. */
final class ApiResponses {
  /** The content type of every answer. */
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private ApiResponses() {}

  static ObjectNode error(String type, String message) {
    return Shapes.object().put("__type", type).put("message", message);
  }

  /** Sends {@code body} with {@code status}; the callback completes when it is written. */
  static void send(Response response, Callback callback, int status, ObjectNode body) {
    byte[] bytes = bytes(body);
    response.setStatus(status);
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    headers.put("x-amzn-RequestId", UUID.randomUUID().toString());
    headers.put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  /** Sends the error and closes the connection, so that a body not read (too large, stalled) is not read. */
  static void sendAndClose(Response response, Callback callback, ApiException error) {
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    send(response, callback, error.status(), error(error.type(), error.getMessage()));
  }

  private static byte[] bytes(ObjectNode body) {
    try {
      return Shapes.JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // An ObjectNode of strings and numbers always serializes; keep the answer JSON if it ever does not.
      return "{\"__type\":\"ServerException\",\"message\":\"the answer could not be written\"}"
          .getBytes(StandardCharsets.UTF_8);
    }
  }
}

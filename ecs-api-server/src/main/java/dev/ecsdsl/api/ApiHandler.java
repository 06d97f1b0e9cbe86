package dev.ecsdsl.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.runtime.LogText;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the endpoint's requests: {@code POST /} with an {@code X-Amz-Target} to {@link Operations}, {@code POST
 * /_ecsdsl/advance} to the clock; anything else is a 404 in the protocol's JSON. Every request is first checked
 * for a local caller ({@link LocalCallers}); the control endpoint also wants a JSON content type, which a web
 * page cannot send across sites without the browser asking first (a CORS preflight, which is never granted).
 * Bodies are read with {@link BodyReader}, at most {@link EcsApiServer#MAX_BODY_BYTES}.
 */
final class ApiHandler extends Handler.Abstract {
  static final String ADVANCE_PATH = "/_ecsdsl/advance";
  private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
  private static final Set<String> JSON_TYPES = Set.of("application/json", "application/x-amz-json-1.1",
      "application/x-amz-json-1.0");
  private final EcsApiServer server;
  private final IntSupplier port;

  ApiHandler(EcsApiServer server, IntSupplier port) {
    this.server = server;
    this.port = port;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Optional<String> refused = LocalCallers.refusal(request, port.getAsInt());
    if (refused.isPresent()) {
      ApiResponses.sendAndClose(response, callback, new ApiException("AccessDeniedException", refused.get(), 403));
      return true;
    }
    String path = request.getHttpURI().getPath();
    String method = request.getMethod();
    if (ADVANCE_PATH.equals(path)) {
      advance(request, response, callback, method);
    } else if ("POST".equals(method) && "/".equals(path)) {
      call(request, response, callback);
    } else {
      ApiResponses.sendAndClose(response, callback, new ApiException("UnknownOperationException",
          "ECS is served at POST / only", 404));
    }
    return true;
  }

  private void call(Request request, Response response, Callback callback) {
    String operation;
    try {
      operation = operation(request.getHeaders().get("X-Amz-Target"));
    } catch (ApiException e) {
      ApiResponses.sendAndClose(response, callback, e);
      return;
    }
    BodyReader.read(request, EcsApiServer.MAX_BODY_BYTES, bytes -> {
      ObjectNode answer;
      int status = 200;
      try {
        answer = server.call(operation, new dev.ecsdsl.api.Request(operation, json(bytes)));
      } catch (ApiException e) {
        status = e.status();
        answer = ApiResponses.error(e.type(), e.getMessage());
      } catch (RuntimeException e) {
        LOG.warn("ECS call {} failed in the runtime: {}", LogText.escape(operation), LogText.escape(e.toString()));
        LOG.debug("ECS call {} failed", LogText.escape(operation), e);
        status = 500;
        answer = ApiResponses.error("ServerException", e.getMessage() == null ? "the call failed" : e.getMessage());
      }
      ApiResponses.send(response, callback, status, answer);
    }, error -> ApiResponses.sendAndClose(response, callback, error));
  }

  private void advance(Request request, Response response, Callback callback, String method) {
    if (!"POST".equals(method)) {
      ApiResponses.sendAndClose(response, callback, new ApiException("UnknownOperationException",
          ADVANCE_PATH + " takes POST only, not " + method, 405));
      return;
    }
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    String base = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!JSON_TYPES.contains(base)) {
      ApiResponses.sendAndClose(response, callback, new ApiException("ClientException", ADVANCE_PATH
          + " takes Content-Type: application/json, not '" + (contentType == null ? "" : contentType) + "'", 415));
      return;
    }
    BodyReader.read(request, EcsApiServer.MAX_BODY_BYTES, bytes -> {
      try {
        ApiResponses.send(response, callback, 200, server.advanceByRequest(json(bytes)));
      } catch (ApiException e) {
        ApiResponses.send(response, callback, e.status(), ApiResponses.error(e.type(), e.getMessage()));
      } catch (RuntimeException e) {
        LOG.warn("advancing the runtime failed: {}", LogText.escape(e.toString()));
        LOG.debug("advancing the runtime failed", e);
        ApiResponses.send(response, callback, 500, ApiResponses.error("ServerException", String.valueOf(e.getMessage())));
      }
    }, error -> ApiResponses.sendAndClose(response, callback, error));
  }

  private static String operation(String target) {
    if (target == null || !target.startsWith(EcsApiServer.TARGET_PREFIX)) {
      throw new ApiException("UnknownOperationException", "X-Amz-Target must be " + EcsApiServer.TARGET_PREFIX
          + "<Operation>, was " + target, 400);
    }
    return target.substring(EcsApiServer.TARGET_PREFIX.length());
  }

  private static ObjectNode json(byte[] bytes) {
    if (bytes.length == 0) {
      return Shapes.object();
    }
    JsonNode node;
    try {
      node = Shapes.JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new ApiException("SerializationException", "the request body is not JSON: " + e.getOriginalMessage(),
          400);
    } catch (java.io.IOException e) {
      throw new ApiException("SerializationException", "the request body cannot be read: " + e.getMessage(), 400);
    }
    if (node == null || !node.isObject()) {
      throw new ApiException("SerializationException", "the request body must be a JSON object", 400);
    }
    return (ObjectNode) node;
  }
}

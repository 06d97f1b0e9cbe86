package dev.ecsdsl.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A request body as the JSON 1.1 protocol has it: one JSON object and nothing after it. An empty body is an empty
 * object; anything else (bytes after the object, a member named twice, a body that is not an object) is a
 * {@code SerializationException} that says where, in words of its own rather than the parser's.
 */
final class RequestBodies {
  private static final ObjectReader READER = Shapes.JSON.reader()
      .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private RequestBodies() {}

  static ObjectNode object(byte[] bytes) {
    if (bytes.length == 0) {
      return Shapes.object();
    }
    JsonNode node;
    try (JsonParser parser = READER.createParser(bytes)) {
      node = READER.readTree(parser);
      JsonLocation end = parser.currentLocation();
      boolean more;
      try {
        more = parser.nextToken() != null;
      } catch (JsonProcessingException e) {
        more = true;
      }
      if (more) {
        throw ApiException.serialization("The request body is not one valid JSON object" + where(end)
            + ": there is more after the object.");
      }
    } catch (JsonProcessingException e) {
      throw ApiException.serialization("The request body is not one valid JSON object" + where(e.getLocation())
          + ": " + reason(e) + ".");
    } catch (IOException e) {
      throw ApiException.serialization("The request body cannot be read as JSON.");
    }
    if (node == null || node.isMissingNode()) {
      return Shapes.object();
    }
    if (!node.isObject()) {
      throw ApiException.serialization("The request body must be a JSON object.");
    }
    return (ObjectNode) node;
  }

  private static String reason(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Duplicate field")) {
      return "a member appears twice";
    }
    if (message.contains("end-of-input") || message.contains("Unexpected end")) {
      return "it ends too early";
    }
    return "unexpected text there";
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}

package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.SourceLocation;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one streaming pass over a document tells before it is read against the model: what the root is, the
 * first token of the root members that tell a document's kind and its describe-output wrapper (and the
 * length of those that are arrays), and the first syntax error, if any. Holds nothing else, so a pass costs
 * the same small memory whatever the size of the document.
 *
 * @param root the root token; null for a document without any (empty or blank)
 * @param rootLocation where the root value starts
 * @param members the first token of each telling root member present (see {@link #TELLING})
 * @param arrayLengths the number of elements of each telling root member that is an array
 * @param syntax the first syntax error (invalid JSON, a member twice in one object, content after the root)
 */
record DocumentOutline(JsonToken root, Optional<SourceLocation> rootLocation, Map<String, JsonToken> members,
    Map<String, Integer> arrayLengths, Optional<Problem> syntax) {

  /** The root members that tell a task definition from a service and describe output from input. */
  static final Set<String> TELLING = Set.of("family", "containerDefinitions", "taskDefinition", "serviceName",
      "services", "service", "failures", "tags");

  /** Whether the document holds no JSON value at all. */
  boolean empty() {
    return root == null && syntax.isEmpty();
  }

  /** Reads the document once; members read before a syntax error still count. Never throws. */
  static DocumentOutline scan(JsonSource source) {
    Map<String, JsonToken> members = new HashMap<>();
    Map<String, Integer> lengths = new HashMap<>();
    JsonToken root = null;
    Optional<SourceLocation> at = Optional.empty();
    try (JsonParser parser = source.open()) {
      root = parser.nextToken();
      at = JsonProblems.location(parser.currentTokenLocation());
      if (root == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          boolean telling = TELLING.contains(name);
          if (telling) {
            members.put(name, JsonToken.NOT_AVAILABLE);
          }
          JsonToken value = parser.nextToken();
          if (telling) {
            members.put(name, value);
          }
          if (value == JsonToken.START_ARRAY) {
            int n = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              parser.skipChildren();
              n++;
            }
            if (telling) {
              lengths.put(name, n);
            }
          } else {
            parser.skipChildren();
          }
        }
      } else if (root != null) {
        parser.skipChildren();
      }
      if (root != null && parser.nextToken() != null) {
        return new DocumentOutline(root, at, members, lengths, Optional.of(JsonProblems.syntax(
            parser.currentTokenLocation(), "content after the end of the JSON " + (root == JsonToken.START_OBJECT
                ? "object" : "value") + "; a file holds one JSON object")));
      }
      return new DocumentOutline(root, at, members, lengths, Optional.empty());
    } catch (JsonProcessingException e) {
      return new DocumentOutline(root, at, members, lengths, Optional.of(JsonProblems.syntax(e)));
    } catch (IOException | RuntimeException e) {
      return new DocumentOutline(root, at, members, lengths,
          Optional.of(JsonProblems.syntax(null, "cannot be read: " + e.getMessage())));
    }
  }
}

package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * ECS's paging of List calls: at most {@code maxResults} items per answer (ECS's default when absent; 1 to its
 * maximum, else InvalidParameterException), and a {@code nextToken} when more follow, which the next call sends
 * back. The token is opaque to callers; here it holds where the page ended (the position and the key of the last
 * item, so a page is not skipped or repeated when items before it go away) and a fingerprint of the call's
 * filters, so that a token is only good for the call it came from. A token that is not one of ours is an
 * InvalidParameterException.
 *
 * <p>Page sizes (the API reference's {@code maxResults} of each operation): ListClusters, ListContainerInstances,
 * ListTasks, ListTaskDefinitions, ListTaskDefinitionFamilies, ListAttributes: up to 100, 100 by default;
 * ListServices and ListServicesByNamespace: up to 100, 10 by default; ListAccountSettings and
 * DescribeCapacityProviders: up to 10, 10 by default.
 */
final class Pages {
  /** The most characters of a token read (ours are far shorter). */
  private static final int MAX_TOKEN = 4096;

  /** A page size: ECS's default and largest. */
  record Size(int byDefault, int max) {
    static final Size HUNDRED = new Size(100, 100);
    static final Size TEN_OF_HUNDRED = new Size(10, 100);
    static final Size TEN = new Size(10, 10);
  }

  private Pages() {}

  /** One page of ARNs (or names) under {@code member}, with the {@code nextToken} when more follow. */
  static ObjectNode of(Request request, String member, List<String> all, Size size) {
    return of(request, member, all, Function.identity(), size, (array, item) -> array.add(item));
  }

  /** One page of items, each added to the answer's {@code member} array by {@code add}. */
  static <T> ObjectNode of(Request request, String member, List<T> all, Function<T, String> key, Size size,
      java.util.function.BiConsumer<ArrayNode, T> add) {
    int max = request.integer("maxResults").orElse(size.byDefault());
    if (max < 1 || max > size.max()) {
      throw ApiException.invalidParameter(request.operation() + ": maxResults must be from 1 to " + size.max()
          + "; was " + max + ".");
    }
    String fingerprint = fingerprint(request);
    int start = request.string("nextToken").map(t -> start(t, fingerprint, all, key)).orElse(0);
    int end = Math.min(all.size(), start + max);
    ObjectNode answer = Shapes.object();
    ArrayNode items = answer.putArray(member);
    for (T item : all.subList(start, end)) {
      add.accept(items, item);
    }
    if (end < all.size()) {
      answer.put("nextToken", token(end, key.apply(all.get(end - 1)), fingerprint));
    }
    return answer;
  }

  private static <T> int start(String token, String fingerprint, List<T> all, Function<T, String> key) {
    JsonNode read = read(token);
    if (!read.path("f").asText().equals(fingerprint)) {
      throw invalidToken("it belongs to another call (a nextToken is good only for the call that returned it,"
          + " with the same filters)");
    }
    int position = read.path("p").asInt();
    String last = read.path("k").asText();
    if (position > 0 && position <= all.size() && key.apply(all.get(position - 1)).equals(last)) {
      return position;
    }
    for (int i = 0; i < all.size(); i++) {
      if (key.apply(all.get(i)).equals(last)) {
        return i + 1;
      }
    }
    return Math.min(position, all.size());
  }

  private static JsonNode read(String token) {
    if (token.length() > MAX_TOKEN) {
      throw invalidToken("it is too long");
    }
    try {
      JsonNode node = Shapes.JSON.readTree(Base64.getUrlDecoder().decode(token));
      if (node == null || !node.path("p").canConvertToInt() || node.path("p").asInt() < 0 || !node.has("k")
          || !node.has("f")) {
        throw invalidToken("it is not one this endpoint gave");
      }
      return node;
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw invalidToken("it is not one this endpoint gave");
    }
  }

  private static String token(int position, String lastKey, String fingerprint) {
    ObjectNode node = Shapes.object().put("p", position).put("k", lastKey).put("f", fingerprint);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** What the call asks for, apart from where the page starts and how long it is. */
  private static String fingerprint(Request request) {
    ObjectNode filters = request.body().deepCopy();
    filters.remove("nextToken");
    filters.remove("maxResults");
    return request.operation() + ":" + Integer.toHexString(filters.toString().hashCode());
  }

  private static ApiException invalidToken(String why) {
    return ApiException.invalidParameter("Invalid nextToken: " + why + ".");
  }
}

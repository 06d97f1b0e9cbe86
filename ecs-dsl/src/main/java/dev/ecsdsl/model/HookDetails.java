package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Objects;

/**
 * The custom parameters ECS passes to a lifecycle hook's Lambda function on every invocation: any JSON value,
 * usually an object. ECS API: {@code HookDetails} (a JSON document). Immutable: it holds its own copy of the
 * JSON and hands out copies.
 */
public final class HookDetails {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JsonNode json;

  private HookDetails(JsonNode json) {
    this.json = json.deepCopy();
  }

  /**
   * {@return hook details holding a copy of the JSON value}
   *
   * @param json any JSON value, usually an object
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static HookDetails of(JsonNode json) {
    return new HookDetails(Objects.requireNonNull(json, "json"));
  }

  /**
   * {@return hook details of string keys and values that Jackson can write (strings, numbers, booleans,
   * lists and maps)}
   *
   * @param details the parameters, e.g. {@code Map.of("S3_BUCKET_NAME", "my-approval-bucket")}
   */
  public static HookDetails of(Map<String, ?> details) {
    return new HookDetails(MAPPER.valueToTree(Objects.requireNonNull(details, "details")));
  }

  /**
   * {@return hook details read from JSON text}
   *
   * @param json JSON text, e.g. {@code {"S3_BUCKET_NAME": "my-approval-bucket"}}
   * @throws IllegalArgumentException when the text is not JSON
   */
  public static HookDetails parse(String json) {
    try {
      return new HookDetails(MAPPER.readTree(Objects.requireNonNull(json, "json")));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("hookDetails is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** {@return a copy of the JSON value} */
  @JsonValue
  public JsonNode json() {
    return json.deepCopy();
  }

  /** {@return the JSON value as compact text} */
  @Override
  public String toString() {
    return json.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HookDetails h && h.json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }
}

package dev.ecsdsl.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An event as Amazon EventBridge delivers it, with its envelope (EventBridge user guide, "Amazon EventBridge
 * events"): what ECS sends for a service deployment's state change ({@code detail-type} "ECS Deployment State
 * Change", developer guide, "Amazon ECS service deployment state change events").
 *
 * @param version the envelope's version, {@code 0}
 * @param id the event's id (a UUID, the same for a seed)
 * @param detailType e.g. {@code ECS Deployment State Change}
 * @param source e.g. {@code aws.ecs}
 * @param account the account
 * @param time when it happened
 * @param region the Region
 * @param resources the ARNs it is about (the service's)
 * @param detail the event's own members, in ECS's order (e.g. {@code eventType}, {@code eventName},
 *     {@code deploymentId}, {@code updatedAt}, {@code reason})
 */
public record EventBridgeEvent(String version, String id, String detailType, String source, String account,
    Instant time, String region, List<String> resources, Map<String, String> detail) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Copies the lists.
   *
   * @param version the envelope's version
   * @param id the event's id
   * @param detailType the detail type
   * @param source the source
   * @param account the account
   * @param time when it happened
   * @param region the Region
   * @param resources the resources
   * @param detail the detail
   */
  public EventBridgeEvent {
    Objects.requireNonNull(time, "time");
    resources = List.copyOf(resources);
    detail = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(detail));
  }

  /**
   * {@return the event as EventBridge delivers it to a target: JSON with {@code detail-type}, {@code time} in
   * ISO-8601 and {@code detail}}
   */
  public String toJson() {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("version", version);
    envelope.put("id", id);
    envelope.put("detail-type", detailType);
    envelope.put("source", source);
    envelope.put("account", account);
    envelope.put("time", time.toString());
    envelope.put("region", region);
    envelope.put("resources", resources);
    envelope.put("detail", detail);
    try {
      return JSON.writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("strings and lists always serialize", e);
    }
  }
}

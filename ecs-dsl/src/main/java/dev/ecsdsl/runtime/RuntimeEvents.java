package dev.ecsdsl.runtime;

import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The events of a runtime up to the moment it was asked ({@link EcsRuntime#events()}), oldest first: an unmodifiable
 * list of {@link RuntimeEvent}s, with the readable {@link #timeline()} and a few filters. It does not follow the
 * runtime: ask again for later events.
 */
public final class RuntimeEvents extends AbstractList<RuntimeEvent> implements RandomAccess {
  private final List<RuntimeEvent> events;
  private final List<EventBridgeEvent> eventBridge;

  private RuntimeEvents(List<RuntimeEvent> events, List<EventBridgeEvent> eventBridge) {
    this.events = events;
    this.eventBridge = eventBridge;
  }

  /**
   * The events given, oldest first (for runtimes; tests get them from {@link EcsRuntime#events()}).
   *
   * @param events the events, oldest first; copied
   * @return the events
   */
  public static RuntimeEvents of(List<RuntimeEvent> events) {
    return new RuntimeEvents(List.copyOf(events), List.of());
  }

  /**
   * The events given and the EventBridge events sent meanwhile, each oldest first (for runtimes).
   *
   * @param events the events, oldest first; copied
   * @param eventBridge the EventBridge events, oldest first; copied
   * @return the events
   */
  public static RuntimeEvents of(List<RuntimeEvent> events, List<EventBridgeEvent> eventBridge) {
    return new RuntimeEvents(List.copyOf(events), List.copyOf(eventBridge));
  }

  /**
   * The EventBridge events the runtime sent (ECS's "ECS Deployment State Change" events), oldest first; the
   * filters {@link #ofType}, {@link #about} keep them all, {@link #since} keeps those at or after its moment.
   *
   * @return the EventBridge events
   */
  public List<EventBridgeEvent> eventBridge() {
    return eventBridge;
  }

  @Override
  public RuntimeEvent get(int index) {
    return events.get(index);
  }

  @Override
  public int size() {
    return events.size();
  }

  /**
   * The events as a readable timeline: one line per event, times relative to the first.
   *
   * @return the timeline; empty when there are no events
   */
  public String timeline() {
    return Timeline.format(events);
  }

  /**
   * Only the events of one type.
   *
   * @param type the type
   * @return those events, oldest first
   */
  public RuntimeEvents ofType(EventType type) {
    return new RuntimeEvents(events.stream().filter(e -> e.type() == type).toList(), eventBridge);
  }

  /**
   * Only the events at or after a moment.
   *
   * @param moment the earliest time kept
   * @return those events, oldest first
   */
  public RuntimeEvents since(Instant moment) {
    return new RuntimeEvents(events.stream().filter(e -> !e.at().isBefore(moment)).toList(),
        eventBridge.stream().filter(e -> !e.time().isBefore(moment)).toList());
  }

  /**
   * Only the events whose subject (a task, service, container instance, target, ...) contains {@code text}, e.g.
   * a task id or {@code service web}.
   *
   * @param text part of the subject
   * @return those events, oldest first
   */
  public RuntimeEvents about(String text) {
    return new RuntimeEvents(events.stream().filter(e -> e.subject().contains(text)).toList(), eventBridge);
  }
}

package dev.ecsdsl.control.events;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.runtime.EventBridgeEvent;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.RuntimeEvent;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every state change of a runtime, in the order it happened, stamped with the loop's time. Each concern of the
 * control plane records its own changes here; nothing else writes the timeline.
 *
 * <p>The timeline keeps the most recent {@value #MAX_EVENTS} events, so that a run of any length holds a bounded
 * amount of it (a service that cannot place its tasks for a virtual year records an event at every try); older
 * ones are forgotten, oldest first. A message repeated word for word (the same placement failure, try after try)
 * is kept once and shared.
 */
public final class EventLog {
  /** How many of the latest events the timeline keeps. */
  public static final int MAX_EVENTS = 100_000;
  private static final int RECENT_MESSAGES = 256;
  private final EventLoop loop;
  private final ArrayDeque<RuntimeEvent> events = new ArrayDeque<>();
  private final Map<String, String> recentMessages = new LinkedHashMap<>(RECENT_MESSAGES * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > RECENT_MESSAGES;
    }
  };
  private long recorded;
  private final ArrayDeque<EventBridgeEvent> eventBridge = new ArrayDeque<>();

  /**
   * An empty log on the loop's clock.
   *
   * @param loop whose time stamps the events
   */
  public EventLog(EventLoop loop) {
    this.loop = loop;
  }

  /**
   * Records an event now.
   *
   * @param type what kind of change
   * @param cluster the cluster's name, empty for events outside clusters
   * @param subject what changed, e.g. {@code task/0a1b2c3d}
   * @param message what happened
   */
  public void record(EventType type, String cluster, String subject, String message) {
    String shared = recentMessages.putIfAbsent(message, message);
    events.addLast(new RuntimeEvent(loop.now(), type, cluster, subject, shared != null ? shared : message));
    recorded++;
    if (events.size() > MAX_EVENTS) {
      events.removeFirst();
    }
  }

  /**
   * Sends an EventBridge event (kept beside the timeline, in the order sent).
   *
   * @param event the event
   */
  public void publish(EventBridgeEvent event) {
    eventBridge.addLast(event);
    if (eventBridge.size() > MAX_EVENTS) {
      eventBridge.removeFirst();
    }
  }

  /** {@return the EventBridge events sent (the latest {@value #MAX_EVENTS}), oldest first} */
  public List<EventBridgeEvent> eventBridge() {
    return List.copyOf(eventBridge);
  }

  /** {@return the events kept (the latest {@value #MAX_EVENTS}), oldest first} */
  public List<RuntimeEvent> all() {
    return List.copyOf(events);
  }

  /** {@return how many events were recorded so far, the forgotten ones included} */
  public long size() {
    return recorded;
  }
}

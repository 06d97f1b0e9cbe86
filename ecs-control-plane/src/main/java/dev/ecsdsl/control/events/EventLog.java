package dev.ecsdsl.control.events;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.runtime.EventBridgeEvent;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.RuntimeEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Every state change of a runtime, in the order it happened, stamped with the loop's time. Each concern of the
 * control plane records its own changes here; nothing else writes the timeline.
 */
public final class EventLog {
  private final EventLoop loop;
  private final List<RuntimeEvent> events = new ArrayList<>();
  private final List<EventBridgeEvent> eventBridge = new ArrayList<>();

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
    events.add(new RuntimeEvent(loop.now(), type, cluster, subject, message));
  }

  /**
   * Sends an EventBridge event (kept beside the timeline, in the order sent).
   *
   * @param event the event
   */
  public void publish(EventBridgeEvent event) {
    eventBridge.add(event);
  }

  /** {@return every EventBridge event sent so far, oldest first} */
  public List<EventBridgeEvent> eventBridge() {
    return List.copyOf(eventBridge);
  }

  /** {@return every event so far, oldest first} */
  public List<RuntimeEvent> all() {
    return List.copyOf(events);
  }

  /** {@return how many events so far} */
  public int size() {
    return events.size();
  }
}

package dev.ecsdsl.control;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.RuntimeEvent;
import java.util.ArrayList;
import java.util.List;

/** Every state change of a runtime, in the order it happened, stamped with the loop's time. */
final class EventLog {
  private final EventLoop loop;
  private final List<RuntimeEvent> events = new ArrayList<>();

  EventLog(EventLoop loop) {
    this.loop = loop;
  }

  void record(EventType type, String cluster, String subject, String message) {
    events.add(new RuntimeEvent(loop.now(), type, cluster, subject, message));
  }

  List<RuntimeEvent> all() {
    return List.copyOf(events);
  }

  int size() {
    return events.size();
  }
}

package dev.ecsdsl.control.services;

import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.ServiceEvent;
import java.util.List;

/**
 * The service events of DescribeServices (the latest 100 of each service) in ECS's words, each also on the
 * timeline.
 */
final class ServiceEvents {
  private static final int MAX_EVENTS = 100;
  private final EventLoop loop;
  private final EventLog log;
  private long sequence;

  ServiceEvents(EventLoop loop, EventLog log) {
    this.loop = loop;
    this.log = log;
  }

  /** Records an event of the service; {@code message} follows {@code (service <name>) }. */
  void record(ServiceRecord service, String message) {
    String text = "(service " + service.name() + ") " + message;
    ServiceEvent event = new ServiceEvent(id(sequence++), loop.now(), text);
    service.events.addFirst(event);
    while (service.events.size() > MAX_EVENTS) {
      service.events.removeLast();
    }
    log.record(EventType.SERVICE_EVENT, service.cluster.name(), "service/" + service.name(), text);
  }

  /** {@code %08x-%04x} of the sequence number (as String.format would write it, without its cost per event). */
  static String id(long n) {
    String high = Long.toHexString(n);
    String low = Long.toHexString(n & 0xffff);
    return "0".repeat(Math.max(0, 8 - high.length())) + high + "-" + "0".repeat(4 - low.length()) + low;
  }

  /** {@code (task <id>)}. */
  static String taskRef(TaskRecord task) {
    return "(task " + task.taskId() + ")";
  }

  /** {@code (task <id>) (task <id>) ...}. */
  static String taskRefs(List<TaskRecord> tasks) {
    return String.join(" ", tasks.stream().map(ServiceEvents::taskRef).toList());
  }
}

package dev.ecsdsl.examples.tour;

import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.RuntimeEvent;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The events a person reading the tour cares about: what services, auto scaling, schedules and faults did,
 * and containers that died (not those that exited cleanly or on the SIGTERM of a stop, code 143). Task state steps, healthy containers and target health stay out (the runtime's
 * full {@code timeline()} has them).
 */
public final class InterestingEvents implements Predicate<RuntimeEvent> {
  private static final Set<EventType> TYPES = EnumSet.of(EventType.SERVICE_EVENT, EventType.SCALING_ACTIVITY,
      EventType.SCHEDULED_RULE, EventType.OUTAGE, EventType.INSTANCE_REGISTERED,
      EventType.INSTANCE_STATUS_CHANGED, EventType.AGENT_CONNECTIVITY_CHANGED, EventType.TASK_PLACEMENT_FAILED,
      EventType.TASK_STOP_REQUESTED);

  @Override
  public boolean test(RuntimeEvent e) {
    return TYPES.contains(e.type())
        || e.type() == EventType.CONTAINER_EXITED && !e.message().endsWith("with code 0")
            && !e.message().endsWith("with code 143");
  }
}

package dev.ecsdsl.control.autoscaling;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.model.ScheduledAction;
import dev.ecsdsl.schedule.ScheduleExpression;
import dev.ecsdsl.schedule.ScheduleSyntax;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Scheduled actions of Application Auto Scaling ("Scheduled scaling"): at each time its {@code at},
 * {@code rate} or {@code cron} expression names (in its time zone, UTC when unset; a rate counts from the
 * service's registration), the action sets the scalable target's min and/or max capacity, and a desired
 * count outside the new range is brought inside it at once. Each firing is background work of the loop.
 */
final class ScheduledScaling {
  private final EventLoop loop;

  ScheduledScaling(EventLoop loop) {
    this.loop = loop;
  }

  /**
   * Starts the target's scheduled actions; {@code apply} receives each firing's action and is called on
   * the loop.
   */
  void start(ScalableTarget target, BiConsumer<ScalableTarget, ScheduledAction> apply) {
    for (ScheduledAction action : target.configuration.scheduledActions()) {
      ScheduleExpression expression = ScheduleExpression.parse(action.schedule(),
          ScheduleSyntax.APPLICATION_AUTO_SCALING).startingAt(loop.now());
      ZoneId zone = action.timezone().map(ZoneId::of).orElse(ZoneOffset.UTC);
      scheduleNext(target, action, expression, zone, apply);
    }
  }

  private void scheduleNext(ScalableTarget target, ScheduledAction action, ScheduleExpression expression, ZoneId zone,
      BiConsumer<ScalableTarget, ScheduledAction> apply) {
    Optional<Instant> next = expression.next(loop.now(), zone);
    if (next.isEmpty()) {
      return;
    }
    loop.scheduleBackground(Duration.between(loop.now(), next.get()), () -> {
      apply.accept(target, action);
      scheduleNext(target, action, expression, zone, apply);
    });
  }
}

package dev.ecsdsl.control.scheduled;

import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.ScheduledTask;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.schedule.ScheduleExpression;
import dev.ecsdsl.schedule.ScheduleSyntax;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * EventBridge scheduled rules with ECS targets (ECS scheduled tasks): each enabled rule calls RunTask with its
 * target's parameters at every firing of its schedule, on the event loop's clock, in UTC as EventBridge rules run
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html). A rate counts from
 * when the rule is created, here when the environment is deployed. The tasks carry {@code startedBy
 * events-rule/<rule name>}, as the tasks EventBridge starts do. A firing whose RunTask fails, or places fewer
 * tasks than asked, is logged with the reason and the rule fires again at its next time; EventBridge's retry
 * policy (for throttled or failed API calls) is not simulated. Firings are background work of the loop: an idle
 * runtime with scheduled rules still counts as idle.
 */
public final class ScheduledRules {
  /** What EventBridge puts in a task's {@code startedBy} when a rule starts it. */
  static final String STARTED_BY_PREFIX = "events-rule/";

  private final EventLoop loop;
  private final EventLog log;
  private final Function<RunTaskRequest, RunTaskResponse> runTask;

  /**
   * Scheduled rules that start their tasks through {@code runTask}.
   *
   * @param loop the clock the firings run on
   * @param log where each firing is recorded
   * @param runTask RunTask
   */
  public ScheduledRules(EventLoop loop, EventLog log, Function<RunTaskRequest, RunTaskResponse> runTask) {
    this.loop = loop;
    this.log = log;
    this.runTask = runTask;
  }

  /**
   * Creates the rules now: each enabled one is scheduled for its first firing.
   *
   * @param rules the description's scheduled tasks
   */
  public void start(List<ScheduledTask> rules) {
    for (ScheduledTask rule : rules) {
      String cluster = Arns.name(rule.cluster());
      if (!rule.enabled().orElse(true)) {
        log.record(EventType.SCHEDULED_RULE, cluster, subject(rule), "DISABLED: " + rule.scheduleExpression()
            + " never runs");
        continue;
      }
      // The description was validated at deploy, so the expression parses.
      ScheduleExpression schedule = ScheduleExpression.parse(rule.scheduleExpression(),
          ScheduleSyntax.EVENTBRIDGE_RULE).startingAt(loop.now());
      log.record(EventType.SCHEDULED_RULE, cluster, subject(rule), "ENABLED: " + rule.scheduleExpression()
          + nextRun(schedule));
      scheduleNext(rule, schedule);
    }
  }

  private void scheduleNext(ScheduledTask rule, ScheduleExpression schedule) {
    Optional<Instant> next = schedule.next(loop.now(), ZoneOffset.UTC);
    next.ifPresent(at -> loop.scheduleBackground(Duration.between(loop.now(), at), () -> {
      fire(rule);
      scheduleNext(rule, schedule);
    }));
  }

  private void fire(ScheduledTask rule) {
    String cluster = Arns.name(rule.cluster());
    RunTaskRequest request = request(rule);
    RunTaskResponse result;
    try {
      result = runTask.apply(request);
    } catch (EcsException e) {
      log.record(EventType.SCHEDULED_RULE, cluster, subject(rule), "RunTask failed: " + e.getMessage());
      return;
    }
    int started = result.tasks().size();
    String tasks = result.tasks().stream().map(ScheduledRules::shortId).collect(Collectors.joining(", "));
    if (started == request.count()) {
      log.record(EventType.SCHEDULED_RULE, cluster, subject(rule), "RunTask started " + started + " task(s): "
          + tasks);
    } else {
      log.record(EventType.SCHEDULED_RULE, cluster, subject(rule), "RunTask started " + started + " of "
          + request.count() + " task(s)" + (started > 0 ? " (" + tasks + ")" : "") + ": "
          + String.join("; ", result.explanations()));
    }
  }

  /** RunTask with the rule's ECS target parameters (EcsParameters). */
  static RunTaskRequest request(ScheduledTask rule) {
    return RunTaskRequest.builder().cluster(rule.cluster()).taskDefinition(rule.taskDefinition())
        .count(rule.taskCountOrDefault()).launchType(rule.launchType())
        .capacityProviderStrategy(rule.capacityProviderStrategy())
        .networkConfiguration(rule.networkConfiguration()).group(rule.group())
        .startedBy(STARTED_BY_PREFIX + rule.ruleName()).build();
  }

  private String nextRun(ScheduleExpression schedule) {
    return schedule.next(loop.now(), ZoneOffset.UTC).map(at -> ", first run at " + at).orElse(", never runs");
  }

  private static String subject(ScheduledTask rule) {
    return "rule/" + rule.ruleName();
  }

  private static String shortId(Task task) {
    String id = Arns.name(task.taskArn());
    return "task/" + id.substring(0, Math.min(8, id.length()));
  }
}

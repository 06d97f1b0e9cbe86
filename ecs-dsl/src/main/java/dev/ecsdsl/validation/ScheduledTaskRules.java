package dev.ecsdsl.validation;

import dev.ecsdsl.model.ScheduledTask;
import java.util.List;

/** Rules about EventBridge scheduled tasks: the schedule expression and the number of tasks per run. */
final class ScheduledTaskRules {
  private ScheduledTaskRules() {}

  /**
   * Doc: rate(value unit) with unit minute|minutes|hour|hours|day|days, singular for 1 and plural above; cron has six
   * required fields (minutes hours day-of-month month day-of-week year) and '?' in one of the day fields.
   */
  static final Rule SCHEDULE_EXPRESSION = Rule.error("schedule-expression",
      "A schedule is rate(value unit) or cron(six fields) as EventBridge defines them",
      "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html");

  /** Doc: EcsParameters TaskCount: 1–10 tasks per run (default 1). */
  static final Rule TASK_COUNT = Rule.error("scheduled-task-count-range",
      "A scheduled task starts 1–10 tasks per run",
      "https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_EcsParameters.html");

  static final List<Rule> RULES = List.of(SCHEDULE_EXPRESSION, TASK_COUNT);

  /** Checks a scheduled task's own settings. */
  static void check(ScheduledTask t, ProblemPath path, Findings f) {
    ScheduleExpressions.problem(t.scheduleExpression()).ifPresent(p -> f.add(SCHEDULE_EXPRESSION,
        path.then("scheduleExpression"),
        "schedule expression '" + t.scheduleExpression() + "' is not valid: " + p,
        "write e.g. rate(1 hour), rate(5 minutes) or cron(0 12 * * ? *)"));
    t.taskCount().filter(n -> n < 1 || n > 10).ifPresent(n -> f.add(TASK_COUNT, path.then("taskCount"),
        "taskCount " + n + " is outside 1–10", "set taskCount between 1 and 10 (or add more scheduled tasks)"));
  }
}

package dev.ecsdsl.schedule;

/** Which AWS service reads the expression: the two accept different forms. */
public enum ScheduleSyntax {
  /**
   * EventBridge scheduled rules: {@code rate(value unit)} and {@code cron(fields)}, always in UTC.
   * Doc: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
   */
  EVENTBRIDGE_RULE,
  /**
   * Application Auto Scaling scheduled actions: {@code at(yyyy-mm-ddThh:mm:ss)}, {@code rate(value unit)} and
   * {@code cron(fields)}; at and cron in the action's time zone (UTC by default).
   * Doc: https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html
   */
  APPLICATION_AUTO_SCALING
}

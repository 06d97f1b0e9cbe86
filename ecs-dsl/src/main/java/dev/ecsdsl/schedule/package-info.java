/**
 * Schedule expressions of EventBridge scheduled rules and Application Auto Scaling scheduled actions, parsed once
 * for validation and for the runtimes that fire them.
 *
 * <ul>
 *   <li>{@code rate(value unit)}: unit minute | minutes | hour | hours | day | days, singular for 1 and plural
 *       above; counted from the rule's creation
 *       (<a href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rate-expressions.html">rate
 *       reference</a>).
 *   <li>{@code cron(minutes hours day-of-month month day-of-week year)} with {@code , - * ? / L W #}, JAN-DEC and
 *       SUN-SAT, and one of day-of-month and day-of-week {@code ?}
 *       (<a href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cron-expressions.html">cron
 *       reference</a>).
 *   <li>{@code at(yyyy-mm-ddThh:mm:ss)}, Application Auto Scaling only
 *       (<a href="https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html">
 *       PutScheduledAction</a>).
 * </ul>
 *
 * <p>Entry point: {@link dev.ecsdsl.schedule.ScheduleExpression#parse}; then {@code next(after, zone)}.
 */
package dev.ecsdsl.schedule;

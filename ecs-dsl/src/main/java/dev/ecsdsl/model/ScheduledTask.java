package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An EventBridge rule that runs a task definition on a schedule (ECS scheduled task): a
 * {@code rate(value unit)} or {@code cron(min hour day-of-month month day-of-week year)} expression.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScheduledTask.class)
@JsonDeserialize(as = ImmutableScheduledTask.class)
public interface ScheduledTask {
  /** {@return the rule name} */
  String ruleName();

  /** {@return {@code rate(...)} or {@code cron(...)}} */
  String scheduleExpression();

  /** {@return the cluster name or ARN} */
  String cluster();

  /** {@return the task definition: family, family:revision or ARN} */
  String taskDefinition();

  /** {@return tasks per run (1–10), 1 when unset} */
  Optional<Integer> taskCount();

  /** {@return the launch type} */
  Optional<LaunchType> launchType();

  /** {@return the capacity provider strategy, instead of a launch type} */
  List<CapacityProviderStrategyItem> capacityProviderStrategy();

  /** {@return the awsvpc settings} */
  Optional<NetworkConfiguration> networkConfiguration();

  /** {@return the task group, {@code family:<family>} when unset} */
  Optional<String> group();

  /** {@return whether the rule is enabled (default true)} */
  Optional<Boolean> enabled();

  /** {@return the role EventBridge uses to call RunTask (needs ecs:RunTask and iam:PassRole)} */
  Optional<String> roleArn();

  /** {@return the task count, 1 when unset} */
  default int taskCountOrDefault() {
    return taskCount().orElse(1);
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ScheduledTask}. */
  class Builder extends ImmutableScheduledTask.Builder {}
}

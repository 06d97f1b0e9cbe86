package dev.ecsdsl.dsl;

import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.ScheduledTask;
import java.util.Arrays;

/** Describes an EventBridge rule that runs a task definition on a schedule. */
public final class ScheduledTaskBuilder {
  private final ScheduledTask.Builder t = ScheduledTask.builder();

  ScheduledTaskBuilder(String ruleName) {
    t.ruleName(ruleName);
  }

  /**
   * {@code rate(1 day)}, {@code cron(0 2 * * ? *)}, ...
   *
   * @param expression the EventBridge schedule expression
   * @return this builder
   */
  public ScheduledTaskBuilder schedule(String expression) {
    t.scheduleExpression(expression);
    return this;
  }

  /**
   * The cluster.
   *
   * @param cluster the cluster (name or ARN)
   * @return this builder
   */
  public ScheduledTaskBuilder cluster(String cluster) {
    t.cluster(cluster);
    return this;
  }

  /**
   * The task definition.
   *
   * @param taskDefinition {@code family} (latest revision), {@code family:revision} or ARN
   * @return this builder
   */
  public ScheduledTaskBuilder taskDefinition(String taskDefinition) {
    t.taskDefinition(taskDefinition);
    return this;
  }

  /**
   * Tasks per run (1–10).
   *
   * @param taskCount tasks per run (1–10)
   * @return this builder
   */
  public ScheduledTaskBuilder count(int taskCount) {
    t.taskCount(taskCount);
    return this;
  }

  /**
   * Run on Fargate in the given subnets and security groups.
   *
   * @param subnets the subnet ids of the tasks' network interfaces
   * @param securityGroups the security group ids of the tasks' network interfaces
   * @return this builder
   */
  public ScheduledTaskBuilder fargate(String[] subnets, String... securityGroups) {
    t.launchType(LaunchType.FARGATE)
        .networkConfiguration(NetworkConfiguration.of(Arrays.asList(subnets), Arrays.asList(securityGroups)));
    return this;
  }

  /**
   * Run on EC2.
   *
   * @return this builder
   */
  public ScheduledTaskBuilder ec2() {
    t.launchType(LaunchType.EC2);
    return this;
  }

  /**
   * The EventBridge role.
   *
   * @param role the role EventBridge runs the task with (name or ARN)
   * @return this builder
   */
  public ScheduledTaskBuilder role(String role) {
    t.roleArn(role);
    return this;
  }

  ScheduledTask build() {
    return t.build();
  }
}

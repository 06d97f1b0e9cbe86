package dev.ecsdsl.runtime;

import dev.ecsdsl.model.TaskDefinition;

/**
 * A revision of a task definition as DescribeTaskDefinition returns it.
 *
 * @param taskDefinitionArn its ARN, {@code arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>}
 * @param revision its revision in its family, from 1
 * @param taskDefinition the definition
 * @param status {@code ACTIVE}, or {@code INACTIVE} once deregistered (DeregisterTaskDefinition)
 */
public record RegisteredTaskDefinition(String taskDefinitionArn, int revision, TaskDefinition taskDefinition,
    TaskDefinitionStatus status) {

  /**
   * An ACTIVE revision.
   *
   * @param taskDefinitionArn the revision's ARN
   * @param revision its revision in its family, from 1
   * @param taskDefinition the definition
   */
  public RegisteredTaskDefinition(String taskDefinitionArn, int revision, TaskDefinition taskDefinition) {
    this(taskDefinitionArn, revision, taskDefinition, TaskDefinitionStatus.ACTIVE);
  }

  /** {@return whether the revision may still run tasks and back services} */
  public boolean isActive() {
    return status == TaskDefinitionStatus.ACTIVE;
  }
}

package dev.ecsdsl.runtime;

import dev.ecsdsl.model.TaskDefinition;

/**
 * A revision of a task definition as DescribeTaskDefinition returns it.
 *
 * @param taskDefinitionArn its ARN, {@code arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>}
 * @param revision its revision in its family, from 1
 * @param taskDefinition the definition
 */
public record RegisteredTaskDefinition(String taskDefinitionArn, int revision, TaskDefinition taskDefinition) {}

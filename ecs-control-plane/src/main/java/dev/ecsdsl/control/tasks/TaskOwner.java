package dev.ecsdsl.control.tasks;

/**
 * The service deployment a task belongs to: ECS's service scheduler owns the tasks it launched for its
 * deployments, and only those (a RunTask whose group happens to read {@code service:<name>} is not the
 * service's).
 *
 * @param serviceArn the service's ARN
 * @param deploymentId the deployment's id, {@code ecs-svc/…} (also the task's {@code startedBy})
 */
public record TaskOwner(String serviceArn, String deploymentId) {}

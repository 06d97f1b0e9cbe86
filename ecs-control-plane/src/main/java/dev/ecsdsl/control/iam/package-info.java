/**
 * IAM in the in-memory runtime: the credentials a running task's application gets from its task role
 * ({@link TaskCredentials}), and the agent's credential step before a task starts
 * ({@link PermissionCheckingAgent}): ECR registry auth and image pulls with the task execution role (Fargate) or
 * the container instance role (EC2), secrets and SSM parameters with the task execution role, failing the task
 * with ECS's stop reason when IAM denies one. Decisions come from {@link dev.ecsdsl.iam.PolicyEvaluator}.
 */
package dev.ecsdsl.control.iam;

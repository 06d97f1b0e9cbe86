/**
 * Validation of descriptions against the rules of Amazon ECS (and of ELB, IAM, EFS, EventBridge and
 * Application Auto Scaling where ECS relies on them). {@link dev.ecsdsl.validation.Validator} checks a whole
 * environment, a task definition, or a service and reports every {@link dev.ecsdsl.validation.Problem} at
 * once, each with a path that reads from the outside in, a stable rule id, a message naming the offending
 * values and a fix. {@link dev.ecsdsl.validation.RuleCatalogue} lists every rule with its documentation
 * source.
 *
 * <p>The rules live in small package-private classes, one per subject: task definitions, containers,
 * container health checks, volumes, placement, service scheduling, capacity provider strategies,
 * deployments, load balancing, networking, cluster capacity, IAM roles, secrets, images, scheduled tasks,
 * auto scaling, and references and names.
 */
package dev.ecsdsl.validation;

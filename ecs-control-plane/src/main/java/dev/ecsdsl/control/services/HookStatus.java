package dev.ecsdsl.control.services;

/**
 * What a lifecycle hook's Lambda function answers in {@code hookStatus} (developer guide, "Lifecycle hooks for
 * Amazon ECS service deployments"), and the status ECS then records for the hook.
 */
public enum HookStatus {
  /** "The deployment continues to the next lifecycle stage." */
  SUCCEEDED,
  /** "Amazon ECS rolls back the deployment to the last successful service revision." */
  FAILED,
  /** ECS invokes the function again after {@code callBackDelay} seconds. */
  IN_PROGRESS,
  /** The hook gave no final answer within its {@code timeoutConfiguration.timeoutInMinutes}. */
  TIMED_OUT
}

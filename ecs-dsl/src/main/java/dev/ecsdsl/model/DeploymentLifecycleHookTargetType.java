package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a deployment lifecycle hook does. ECS API: {@code DeploymentLifecycleHook.targetType}. */
public enum DeploymentLifecycleHookTargetType {
  /** Invoke a Lambda function ({@code hookTargetArn}) and act on its {@code hookStatus} (the default). */
  @JsonProperty("AWS_LAMBDA") AWS_LAMBDA,
  /** Pause until {@code ContinueServiceDeployment} is called or the timeout is reached. */
  @JsonProperty("PAUSE") PAUSE
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What ECS does when a lifecycle hook times out. ECS API: {@code DeploymentLifecycleHookTimeoutConfiguration.action}. */
public enum DeploymentLifecycleHookTimeoutAction {
  /** Roll the deployment back to the previous service revision (the default). */
  @JsonProperty("ROLLBACK") ROLLBACK,
  /** Proceed to the next lifecycle stage. */
  @JsonProperty("CONTINUE") CONTINUE
}

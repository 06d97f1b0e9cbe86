package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A lifecycle stage of a BLUE_GREEN, LINEAR or CANARY deployment at which a lifecycle hook can run. ECS API:
 * {@code DeploymentLifecycleHookStage} (the stages {@code SCALE_UP}, {@code BAKE_TIME} and {@code CLEAN_UP} of a
 * service deployment take no hooks). In deployment order.
 */
public enum DeploymentLifecycleHookStage {
  /** Only when a deployment starts with more than one ACTIVE service revision. */
  @JsonProperty("RECONCILE_SERVICE") RECONCILE_SERVICE,
  /** Green not started; blue has 100% of production traffic; no test traffic. */
  @JsonProperty("PRE_SCALE_UP") PRE_SCALE_UP,
  /** Green started (and healthy); blue has 100% of production traffic; no test traffic. */
  @JsonProperty("POST_SCALE_UP") POST_SCALE_UP,
  /** Test traffic moving to green, 0% to 100%. Lambda hooks only; also invoked during a rollback. */
  @JsonProperty("TEST_TRAFFIC_SHIFT") TEST_TRAFFIC_SHIFT,
  /** Green has 100% of test traffic. */
  @JsonProperty("POST_TEST_TRAFFIC_SHIFT") POST_TEST_TRAFFIC_SHIFT,
  /** Before the production traffic shift; for LINEAR and CANARY before every step. */
  @JsonProperty("PRE_PRODUCTION_TRAFFIC_SHIFT") PRE_PRODUCTION_TRAFFIC_SHIFT,
  /**
   * Production traffic moving to green; for LINEAR and CANARY at every step. Lambda hooks only; also invoked
   * during a rollback.
   */
  @JsonProperty("PRODUCTION_TRAFFIC_SHIFT") PRODUCTION_TRAFFIC_SHIFT,
  /** Production traffic shift complete. */
  @JsonProperty("POST_PRODUCTION_TRAFFIC_SHIFT") POST_PRODUCTION_TRAFFIC_SHIFT;

  /**
   * {@return whether a PAUSE hook may run at this stage: not at the two stages ECS also invokes during a
   * rollback}
   */
  public boolean allowsPauseHooks() {
    return this != TEST_TRAFFIC_SHIFT && this != PRODUCTION_TRAFFIC_SHIFT;
  }
}

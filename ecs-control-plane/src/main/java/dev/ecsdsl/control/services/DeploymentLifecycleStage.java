package dev.ecsdsl.control.services;

/**
 * The lifecycle stages of a service deployment (API reference, {@code ServiceDeployment.lifecycleStage}), through
 * which the blue/green, linear and canary strategies move a deployment. A rolling deployment reports none.
 */
public enum DeploymentLifecycleStage {
  /** Reconciling a service that has more than one ACTIVE revision before the deployment starts. */
  RECONCILE_SERVICE,
  /** The green revision has not started; blue takes all production traffic. */
  PRE_SCALE_UP,
  /** The green revision scales up; it takes no traffic yet. */
  SCALE_UP,
  /** The green revision has started; blue takes all production traffic. */
  POST_SCALE_UP,
  /** Test traffic moves to green. */
  TEST_TRAFFIC_SHIFT,
  /** Green takes all test traffic. */
  POST_TEST_TRAFFIC_SHIFT,
  /**
   * Before each production traffic step (once for BLUE_GREEN, before every step for LINEAR and CANARY): a stage of
   * lifecycle hooks and of the timeline; the deployment reports PRODUCTION_TRAFFIC_SHIFT meanwhile, as the API's
   * {@code ServiceDeploymentLifecycleStage} has no such value.
   */
  PRE_PRODUCTION_TRAFFIC_SHIFT,
  /** Production traffic moves to green. */
  PRODUCTION_TRAFFIC_SHIFT,
  /** Green takes all production traffic. */
  POST_PRODUCTION_TRAFFIC_SHIFT,
  /** Blue and green run side by side after the production traffic moved. */
  BAKE_TIME,
  /** Blue scales down. */
  CLEAN_UP
}

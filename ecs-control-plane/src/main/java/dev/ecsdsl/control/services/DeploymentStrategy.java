package dev.ecsdsl.control.services;

import dev.ecsdsl.control.tasks.TaskRecord;
import java.time.Instant;
import java.util.List;

/**
 * How a service moves its tasks to where they should be: a pure decision from the service, its live tasks and the time, applied by
 * the {@link PlanApplier}. {@link RollingStrategy} keeps a REPLICA service at its desired count and rolls it from
 * one revision to the next; {@link DaemonStrategy} keeps one task on every eligible instance. Other deployment
 * strategies (blue/green, linear, canary) are further implementations.
 */
interface DeploymentStrategy {

  /**
   * What the service's tasks call for now.
   *
   * @param service the service
   * @param active its tasks whose desired status is RUNNING, oldest first
   * @param facts what is known of its tasks' health
   * @param now the loop's time
   * @return the plan
   */
  ScalePlan plan(ServiceRecord service, List<TaskRecord> active, ServiceTaskFacts facts, Instant now);
}

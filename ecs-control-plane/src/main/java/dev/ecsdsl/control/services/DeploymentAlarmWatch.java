package dev.ecsdsl.control.services;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.model.DeploymentAlarms;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A deployment's CloudWatch alarms ({@code deploymentConfiguration.alarms}; developer guide, "How CloudWatch alarms
 * detect Amazon ECS deployment failures"), for every strategy: which it watches and whether one fired. "If an alarm
 * is in the ALARM state at the beginning of a deployment, Amazon ECS will not monitor alarms for the duration of
 * that deployment" (alarms status DISABLED). For a ROLLING deployment ECS adds a bake time after the rollout,
 * "based on the alarm configuration" and not settable: the simulation waits {@code period × evaluationPeriods} of
 * its longest alarm (A6) before the deployment is SUCCESSFUL, and an alarm in ALARM until then still fails it.
 * BLUE_GREEN, LINEAR and CANARY watch their alarms through their own BAKE_TIME ({@link LifecycleStages}).
 */
final class DeploymentAlarmWatch {
  private final EventLoop loop;
  private final AlarmStates alarms;
  private final Runnable requestReconcile;

  DeploymentAlarmWatch(EventLoop loop, AlarmStates alarms, Runnable requestReconcile) {
    this.loop = loop;
    this.alarms = alarms;
    this.requestReconcile = requestReconcile;
  }

  /** The deployment starts: its alarms are MONITORING unless it has none or one of them is in ALARM now. */
  boolean start(ServiceDeployment deployment) {
    Optional<DeploymentAlarms> watched = deployment.configuration.alarms().filter(DeploymentAlarms::enable)
        .filter(a -> !a.alarmNames().isEmpty());
    boolean monitored = watched.isPresent()
        && watched.get().alarmNames().stream().noneMatch(n -> alarms.get(n) == AlarmState.ALARM);
    deployment.alarmsStatus = monitored ? CircuitBreakerStatus.MONITORING : CircuitBreakerStatus.DISABLED;
    return monitored;
  }

  /** {@return the first of the deployment's alarms in ALARM while they are watched; it is marked TRIGGERED} */
  Optional<String> firing(ServiceDeployment deployment) {
    if (deployment.alarmsStatus != CircuitBreakerStatus.MONITORING) {
      return Optional.empty();
    }
    Optional<String> firing = deployment.alarmNames().stream().filter(n -> alarms.get(n) == AlarmState.ALARM)
        .findFirst();
    firing.ifPresent(name -> {
      deployment.alarmsStatus = CircuitBreakerStatus.TRIGGERED;
      deployment.triggeredAlarmNames.add(name);
    });
    return firing;
  }

  /** Whether the deployment's rollback option is on for alarms. */
  static boolean rollback(ServiceDeployment deployment) {
    return deployment.configuration.alarms().map(DeploymentAlarms::rollback).orElse(false);
  }

  /**
   * A ROLLING deployment's rollout completed: while its alarms are watched it bakes (A6) before it is SUCCESSFUL.
   *
   * @return whether it is still baking
   */
  boolean baking(ServiceDeployment deployment) {
    if (deployment.alarmsStatus != CircuitBreakerStatus.MONITORING || LifecycleStages.shiftsTraffic(
        deployment.configuration)) {
      return false;
    }
    if (deployment.alarmBakeUntil.isEmpty()) {
      Duration bake = deployment.alarmNames().stream().map(alarms::window).flatMap(Optional::stream)
          .max(Duration::compareTo).orElse(Duration.ZERO);
      Instant until = loop.now().plus(bake);
      deployment.alarmBakeUntil = Optional.of(until);
      if (!bake.isZero()) {
        loop.schedule(bake, requestReconcile);
      }
    }
    return loop.now().isBefore(deployment.alarmBakeUntil.get());
  }
}

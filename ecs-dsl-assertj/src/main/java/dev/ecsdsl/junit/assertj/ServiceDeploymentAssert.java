package dev.ecsdsl.junit.assertj;

import dev.ecsdsl.control.services.DeploymentLifecycleStage;
import dev.ecsdsl.control.services.FailureCause;
import dev.ecsdsl.control.services.ServiceDeployment;
import dev.ecsdsl.control.services.ServiceDeploymentStatus;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on a service deployment (ECS's {@code ServiceDeployment}): the lifecycle stages it reached, whether it
 * completed or rolled back (at which stage, because of what), and the production traffic weights it set over time.
 * Failures show the deployment's timeline: its status and reason, the stages it entered and the weights it set.
 */
public final class ServiceDeploymentAssert extends AbstractAssert<ServiceDeploymentAssert, ServiceDeployment> {

  ServiceDeploymentAssert(ServiceDeployment actual) {
    super(actual, ServiceDeploymentAssert.class);
  }

  /**
   * It entered {@code stage} (developer guide, "Amazon ECS blue/green service deployments workflow").
   *
   * @param stage the lifecycle stage
   * @return this assertion, for chaining
   */
  public ServiceDeploymentAssert reachedStage(DeploymentLifecycleStage stage) {
    isNotNull();
    if (!actual.stagesEntered().contains(stage)) {
      failWithMessage("expected deployment %s to have reached %s, but it did not%n%s", actual, stage, timeline());
    }
    return this;
  }

  /**
   * It never entered {@code stage}.
   *
   * @param stage the lifecycle stage
   * @return this assertion, for chaining
   */
  public ServiceDeploymentAssert neverReachedStage(DeploymentLifecycleStage stage) {
    isNotNull();
    if (actual.stagesEntered().contains(stage)) {
      failWithMessage("expected deployment %s never to reach %s, but it did%n%s", actual, stage, timeline());
    }
    return this;
  }

  /**
   * It completed: status SUCCESSFUL.
   *
   * @return this assertion, for chaining
   */
  public ServiceDeploymentAssert completed() {
    isNotNull();
    if (actual.status() != ServiceDeploymentStatus.SUCCESSFUL) {
      failWithMessage("expected deployment %s to have completed (SUCCESSFUL), but it is %s%n%s", actual,
          actual.status(), timeline());
    }
    return this;
  }

  /**
   * It failed in {@code stage} and rolled back (status ROLLBACK_IN_PROGRESS or ROLLBACK_SUCCESSFUL); say why with
   * {@link RollbackAssert#because(FailureCause)}.
   *
   * @param stage the lifecycle stage it was in when it failed
   * @return an assertion on the rollback's cause
   */
  public RollbackAssert rolledBackAt(DeploymentLifecycleStage stage) {
    isNotNull();
    if (actual.rollback().isEmpty()) {
      failWithMessage("expected deployment %s to have rolled back at %s, but it did not roll back%n%s", actual, stage,
          timeline());
    }
    if (actual.failedAt().filter(stage::equals).isEmpty()) {
      failWithMessage("expected deployment %s to have rolled back at %s, but it failed %s%n%s", actual, stage,
          actual.failedAt().map(s -> "at " + s).orElse("outside the lifecycle stages"), timeline());
    }
    return new RollbackAssert(this);
  }

  /**
   * The production traffic share of the target revision after each shift, in percent, in order (a rollback adds a
   * last 0.0), e.g. {@code productionWeightsOverTime().containsExactly(25.0, 50.0, 75.0, 100.0)}.
   *
   * @return an assertion on that list
   */
  public ListAssert<Double> productionWeightsOverTime() {
    isNotNull();
    return Assertions.assertThat(actual.productionTrafficWeights())
        .as("production traffic weights of deployment %s%n%s", actual, timeline());
  }

  String timeline() {
    return "  status: " + actual.status() + actual.statusReason().map(r -> " (" + r + ")").orElse("")
        + "\n  stages entered: " + actual.stagesEntered()
        + "\n  production weights: " + actual.productionTrafficWeights()
        + actual.failureCause().map(c -> "\n  failed by: " + c + actual.failedAt().map(s -> " at " + s).orElse(""))
            .orElse("")
        + "\n  alarms: " + actual.alarmsStatus() + " " + actual.triggeredAlarmNames()
        + ", circuit breaker: " + actual.circuitBreakerStatus();
  }

  /** The cause of a deployment's rollback. */
  public static final class RollbackAssert {
    private final ServiceDeploymentAssert deployment;

    RollbackAssert(ServiceDeploymentAssert deployment) {
      this.deployment = deployment;
    }

    /**
     * What failed the deployment: a lifecycle hook, an alarm, the circuit breaker, or StopServiceDeployment.
     *
     * @param cause the expected cause
     * @return the assertion on the deployment, for chaining
     */
    public ServiceDeploymentAssert because(FailureCause cause) {
      ServiceDeployment actual = deployment.actual;
      if (actual.failureCause().filter(cause::equals).isEmpty()) {
        deployment.failWithMessage("expected deployment %s to have rolled back because of %s, but %s%n%s", actual,
            cause, actual.failureCause().map(c -> "it was " + c).orElse("nothing failed it"),
            deployment.timeline());
      }
      return deployment;
    }
  }
}

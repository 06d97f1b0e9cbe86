package dev.ecsdsl.junit.assertj;

import dev.ecsdsl.junit.ServiceHandle;
import dev.ecsdsl.runtime.Deployment;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceEvent;
import dev.ecsdsl.runtime.Task;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a service: steady state, counts, deployments and their rollout, and (when made from a
 * {@link ServiceHandle}) its tasks. A failure shows the service as DescribeServices would: counts,
 * deployments, latest events.
 */
public final class ServiceAssert extends AbstractAssert<ServiceAssert, ServiceDescription> {
  private static final int EVENTS_SHOWN = 5;
  private final Optional<ServiceHandle> handle;

  private ServiceAssert(ServiceDescription actual, Optional<ServiceHandle> handle) {
    super(actual, ServiceAssert.class);
    this.handle = handle;
  }

  static ServiceAssert of(ServiceDescription service) {
    return new ServiceAssert(service, Optional.empty());
  }

  static ServiceAssert of(ServiceHandle service) {
    return new ServiceAssert(service == null ? null : service.describe(), Optional.ofNullable(service));
  }

  /**
   * One COMPLETED deployment and as many RUNNING tasks as desired, none pending.
   *
   * @return this assertion, for chaining
   */
  public ServiceAssert isSteady() {
    isNotNull();
    if (!actual.isSteady()) {
      failWithMessage("expected %s to be steady (one COMPLETED deployment, running = desired), but it is not:%n%s",
          name(), state());
    }
    return this;
  }

  /**
   * This many RUNNING tasks.
   *
   * @param expected the expected running count
   * @return this assertion, for chaining
   */
  public ServiceAssert hasRunningCount(int expected) {
    isNotNull();
    if (actual.runningCount() != expected) {
      failWithMessage("expected %s to have runningCount %d, but it has %d:%n%s", name(), expected,
          actual.runningCount(), state());
    }
    return this;
  }

  /**
   * This desired count.
   *
   * @param expected the expected desired count
   * @return this assertion, for chaining
   */
  public ServiceAssert hasDesiredCount(int expected) {
    isNotNull();
    if (actual.desiredCount() != expected) {
      failWithMessage("expected %s to have desiredCount %d, but it has %d:%n%s", name(), expected,
          actual.desiredCount(), state());
    }
    return this;
  }

  /**
   * Its PRIMARY deployment runs {@code taskDefinition} ({@code family:revision}).
   *
   * @param taskDefinition the expected {@code family:revision}
   * @return this assertion, for chaining
   */
  public ServiceAssert runsTaskDefinition(String taskDefinition) {
    isNotNull();
    if (!actual.taskDefinition().endsWith("/" + taskDefinition)) {
      failWithMessage("expected %s to run task definition %s, but its PRIMARY deployment runs %s:%n%s", name(),
          taskDefinition, shortName(actual.taskDefinition()), state());
    }
    return this;
  }

  /**
   * Its PRIMARY deployment's rollout is COMPLETED.
   *
   * @return this assertion, for chaining
   */
  public ServiceAssert deploymentCompleted() {
    isNotNull();
    if (!actual.primaryDeployment().rolloutState().equals("COMPLETED")) {
      failWithMessage("expected the PRIMARY deployment of %s to be COMPLETED, but it is %s:%n%s", name(),
          actual.primaryDeployment().rolloutState(), state());
    }
    return this;
  }

  /**
   * A deployment FAILED (the circuit breaker tripped), whether or not it was rolled back since.
   *
   * @return this assertion, for chaining
   */
  public ServiceAssert deploymentFailed() {
    isNotNull();
    boolean failed = actual.deployments().stream().anyMatch(d -> d.rolloutState().equals("FAILED"))
        || hasEvent("deployment failed");
    if (!failed) {
      failWithMessage("expected a deployment of %s to have FAILED, but none did:%n%s", name(), state());
    }
    return this;
  }

  /**
   * The circuit breaker rolled a failed deployment back.
   *
   * @return this assertion, for chaining
   */
  public ServiceAssert rolledBack() {
    isNotNull();
    if (!hasEvent("rolling back to deployment")) {
      failWithMessage("expected %s to have rolled back a failed deployment, but it has not:%n%s", name(), state());
    }
    return this;
  }

  /**
   * The circuit breaker rolled back, and the PRIMARY deployment now runs {@code taskDefinition}.
   *
   * @param taskDefinition the expected {@code family:revision}
   * @return this assertion, for chaining
   */
  public ServiceAssert rolledBackTo(String taskDefinition) {
    return rolledBack().runsTaskDefinition(taskDefinition);
  }

  /**
   * An event message of the service contains {@code text}.
   *
   * @param text the text an event must contain
   * @return this assertion, for chaining
   */
  public ServiceAssert hasEventContaining(String text) {
    isNotNull();
    if (!hasEvent(text)) {
      failWithMessage("expected an event of %s containing \"%s\", but there is none:%n%s", name(), text, state());
    }
    return this;
  }

  /**
   * Its RUNNING tasks spread evenly over the values of an instance attribute (e.g.
   * {@code ecs.availability-zone}, {@code attribute:ecs.instance-type}, or {@code instanceId}): no value
   * of the cluster's ACTIVE instances (for Fargate zones: of the service's subnets) has more than one task
   * more than another, and with two tasks or more, more than one value has tasks.
   *
   * @param attribute the attribute, or {@code instanceId}
   * @return this assertion, for chaining
   */
  public ServiceAssert tasksSpreadAcross(String attribute) {
    ServiceTasks tasks = tasks("tasksSpreadAcross");
    Spread spread = tasks.spread(attribute);
    if (!spread.isEven() || !spread.coversSeveral()) {
      failWithMessage("expected the %d tasks of %s to spread evenly across %s, but they run %s", tasks.tasks().size(),
          name(), Spread.name(attribute), spread);
    }
    return this;
  }

  /**
   * Every task of the service is RUNNING and healthy (HEALTHY where its definition has a health check).
   *
   * @return this assertion, for chaining
   */
  public ServiceAssert allTasksHealthy() {
    ServiceTasks tasks = tasks("allTasksHealthy");
    List<Task> unhealthy = tasks.tasks().stream().filter(t -> !tasks.healthy(t)).toList();
    if (!unhealthy.isEmpty() || tasks.tasks().isEmpty()) {
      failWithMessage("expected every task of %s to be RUNNING and healthy, but %s", name(), tasks.tasks().isEmpty()
          ? "it has no tasks" : unhealthy.stream().map(t -> "task " + t.taskId() + " is " + t.lastStatus() + " "
          + t.healthStatus()).collect(Collectors.joining(", ")));
    }
    return this;
  }

  private ServiceTasks tasks(String assertion) {
    isNotNull();
    return new ServiceTasks(handle.orElseThrow(() -> new IllegalStateException(assertion
        + " needs the service's tasks: assert on the ServiceHandle, not on a ServiceDescription")));
  }

  private boolean hasEvent(String text) {
    return actual.events().stream().map(ServiceEvent::message).anyMatch(m -> m.contains(text));
  }

  private String name() {
    return "service " + actual.serviceName();
  }

  /** The service as the console shows it: counts, deployments, latest events. */
  private String state() {
    StringBuilder s = new StringBuilder("  desired ").append(actual.desiredCount()).append(", running ")
        .append(actual.runningCount()).append(", pending ").append(actual.pendingCount());
    for (Deployment d : actual.deployments()) {
      s.append(String.format("%n  %s %s %s %s%s: running %d/%d, failed tasks %d", d.status(), d.id(), d.rolloutState(),
          shortName(d.taskDefinition()), d.rolloutStateReason().map(r -> " (" + r + ")").orElse(""),
          d.runningCount(), d.desiredCount(), d.failedTasks()));
    }
    actual.events().stream().limit(EVENTS_SHOWN).forEach(e -> s.append(String.format("%n  event: %s", e.message())));
    return s.toString();
  }

  private static String shortName(String taskDefinitionArn) {
    return taskDefinitionArn.substring(taskDefinitionArn.lastIndexOf('/') + 1);
  }
}

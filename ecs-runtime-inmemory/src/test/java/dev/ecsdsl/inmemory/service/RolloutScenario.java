package dev.ecsdsl.inmemory.service;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.ContainerBuilder;
import dev.ecsdsl.dsl.ServiceBuilder;
import dev.ecsdsl.model.Environment;
import java.util.Optional;

/**
 * One rolling deployment to try: a REPLICA service of {@code desired} tasks of {@code web:1} on a cluster
 * of m5.large instances, updated to {@code web:2} whose containers act as {@code script} says.
 *
 * <p>Capacity is counted in tasks: each task reserves {@code 2048 / tasksPerInstance} CPU units (rounded
 * down) of an m5.large's 2048, so an instance holds exactly {@code tasksPerInstance} of them, old or new.
 *
 * @param deployment the service's desired count and deployment percentages
 * @param cluster how many tasks the cluster can hold
 * @param healthCheck the container health check of both revisions, if any
 * @param breaker the deployment circuit breaker
 * @param script how the new revision's containers behave
 * @param disruption what happens to the cluster during the rollout
 * @param seed the runtime's seed
 */
record RolloutScenario(Deployment deployment, ClusterShape cluster, Optional<HealthCheckSpec> healthCheck,
    Breaker breaker, FailureScript script, Disruption disruption, long seed) {

  static final String CLUSTER = "prod";
  static final String SERVICE = "web";
  static final String OLD_IMAGE = "web:1";
  static final String NEW_IMAGE = "web:2";
  /** m5.large: 2 vCPUs of 1024 units. */
  static final int INSTANCE_CPU = 2048;

  /** The deployment circuit breaker setting. */
  enum Breaker { OFF, ON, ROLLBACK }

  /**
   * A desired count with deployment percentages that ECS accepts and that leave a deployment room to
   * move: {@code floor(desired × max / 100) > ceil(desired × min / 100)}.
   */
  record Deployment(int desired, int minimumHealthyPercent, int maximumPercent) {
    /** ECS: at most this many tasks RUNNING or PENDING (maximumPercent, rounded down). */
    int maximumTasks() {
      return desired * maximumPercent / 100;
    }

    /** ECS: at least this many tasks healthy (minimumHealthyPercent, rounded up). */
    int minimumHealthyTasks() {
      return (desired * minimumHealthyPercent + 99) / 100;
    }

    boolean leavesRoom() {
      return maximumTasks() > minimumHealthyTasks();
    }

    @Override
    public String toString() {
      return "desired " + desired + ", min " + minimumHealthyPercent + "% (" + minimumHealthyTasks() + "), max "
          + maximumPercent + "% (" + maximumTasks() + ")";
    }
  }

  /**
   * The cluster: {@code instances} m5.large, each holding {@code tasksPerInstance} tasks.
   */
  record ClusterShape(int instances, int tasksPerInstance) {
    int capacity() {
      return instances * tasksPerInstance;
    }

    @Override
    public String toString() {
      return instances + " × m5.large, " + tasksPerInstance + " task(s) each = room for " + capacity();
    }
  }

  /** Whether a rolling deployment can move at all: room for one more task, or one old task may go. */
  boolean canProgress() {
    return cluster.capacity() > deployment.desired()
        || deployment.minimumHealthyTasks() < deployment.desired();
  }

  /** Whether the cluster holds every task that maximumPercent allows. */
  boolean roomy() {
    return cluster.capacity() >= deployment.maximumTasks();
  }

  FailureScript.Verdict verdict() {
    return script.verdict(healthCheck);
  }

  int taskCpu() {
    return INSTANCE_CPU / cluster.tasksPerInstance();
  }

  Environment environment() {
    return Ecs.environment("rollout")
        .cluster(CLUSTER, c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(cluster.instances())
            .zones("us-east-1a", "us-east-1b", "us-east-1c")))
        .taskDefinition("web", td -> td.container("app", a -> container(a, OLD_IMAGE)))
        .taskDefinition("web", td -> td.container("app", a -> container(a, NEW_IMAGE)))
        .service(SERVICE, this::service)
        .build();
  }

  private void container(ContainerBuilder container, String image) {
    container.image(image).cpu(taskCpu()).memory(128);
    healthCheck.ifPresent(h -> container.healthCheck("curl -f http://localhost:8080/health",
        q -> q.interval(h.interval()).timeout(2).retries(h.retries()).startPeriod(h.startPeriod())));
  }

  private void service(ServiceBuilder service) {
    service.cluster(CLUSTER).taskDefinition("web:1").desiredCount(deployment.desired()).ec2()
        .deployment(deployment.minimumHealthyPercent(), deployment.maximumPercent());
    if (breaker != Breaker.OFF) {
      service.circuitBreaker(breaker == Breaker.ROLLBACK);
    }
  }

  @Override
  public String toString() {
    return deployment + "; " + cluster + "; " + healthCheck.map(Object::toString).orElse("no health check")
        + "; breaker " + breaker + "; web:2 " + script + " (" + verdict() + "); " + disruption + "; seed " + seed;
  }
}

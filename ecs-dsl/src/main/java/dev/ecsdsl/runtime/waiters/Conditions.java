package dev.ecsdsl.runtime.waiters;

import dev.ecsdsl.runtime.ServiceDescription;
import java.util.Objects;

/** Ready-made {@link Condition}s that report what they saw when they do not hold in time. */
public final class Conditions {
  private Conditions() {}

  /**
   * A service has reached a steady state as its events say so ("has reached a steady state"): one deployment, its
   * rollout COMPLETED, as many RUNNING tasks as desired and none pending (see {@link ServiceDescription#isSteady()}).
   * Stricter than the {@code services-stable} waiter, which does not wait for the rollout to complete (e.g. for new
   * tasks to pass their load balancer health checks).
   *
   * @param cluster the cluster's name or ARN
   * @param service the service's name or ARN
   * @return the condition; when it times out, the message gives the service's counts, deployments and latest
   *     events
   */
  public static Condition serviceSteady(String cluster, String service) {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(service, "service");
    return Condition.of("service " + service + " of cluster " + cluster
            + " to reach a steady state (one COMPLETED deployment, running = desired, none pending)",
        r -> r instanceof SteadyStateCheck check ? check.isSteady(cluster, service)
            : describe(r, cluster, service).isSteady(),
        r -> States.service(describe(r, cluster, service)));
  }

  private static ServiceDescription describe(dev.ecsdsl.runtime.EcsRuntime runtime, String cluster, String service) {
    return runtime.ecs().describeServices(d -> d.cluster(cluster).services(service)).service();
  }
}

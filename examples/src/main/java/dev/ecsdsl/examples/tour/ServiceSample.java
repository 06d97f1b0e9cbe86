package dev.ecsdsl.examples.tour;

import dev.ecsdsl.runtime.Deployment;
import dev.ecsdsl.runtime.DeploymentRolloutState;
import dev.ecsdsl.runtime.DeploymentStatus;
import dev.ecsdsl.runtime.ServiceDescription;
import java.time.Instant;
import java.util.List;

/**
 * A service as DescribeServices showed it at one moment of the tour.
 *
 * @param at when it was sampled
 * @param service the service
 * @param desired its desired count
 * @param running its RUNNING tasks
 * @param pending its tasks placed and not yet RUNNING
 * @param deployments its deployments, PRIMARY first
 */
public record ServiceSample(Instant at, ServiceRef service, int desired, int running, int pending,
    List<DeploymentState> deployments) {

  /** One deployment at the time of the sample. */
  public record DeploymentState(String id, DeploymentStatus status, String taskDefinition,
      DeploymentRolloutState rolloutState,
      int desired, int running) {
    static DeploymentState of(Deployment d) {
      return new DeploymentState(d.id(), d.status(), d.taskDefinition(), d.rolloutState(), d.desiredCount(),
          d.runningCount());
    }
  }

  static ServiceSample of(Instant at, ServiceRef ref, ServiceDescription s) {
    return new ServiceSample(at, ref, s.desiredCount(), s.runningCount(), s.pendingCount(),
        s.deployments().stream().map(DeploymentState::of).toList());
  }
}

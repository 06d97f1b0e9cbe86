package dev.ecsdsl.runtime;

import java.util.Optional;

/**
 * A registered target of a target group and its health, as ELB's DescribeTargetHealth reports it, plus
 * the requests the target received.
 *
 * @param targetId the task's IP address (target type ip) or the EC2 instance id (target type instance)
 * @param port the port the load balancer sends to (the container port, or the dynamic host port)
 * @param taskArn the task behind the target (not part of ELB's API)
 * @param state initial, healthy, unhealthy or draining (the others ELB knows do not occur here)
 * @param reason ELB's reason code, e.g. {@code Elb.RegistrationInProgress}, {@code Target.FailedHealthChecks},
 *     {@code Target.Timeout}, {@code Target.DeregistrationInProgress}
 * @param description ELB's description, and why where ELB would not say (e.g. a security group)
 * @param requestCount requests routed to the target so far
 */
public record TargetHealth(String targetId, int port, String taskArn, TargetHealthState state,
    Optional<String> reason, Optional<String> description, long requestCount) {

  /** {@return whether ELB would send new requests to it} */
  public boolean isHealthy() {
    return state == TargetHealthState.HEALTHY;
  }
}

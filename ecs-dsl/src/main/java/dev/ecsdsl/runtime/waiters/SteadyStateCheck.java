package dev.ecsdsl.runtime.waiters;

/**
 * A runtime that can tell whether a service is steady without describing it. {@link
 * Conditions#serviceSteady} asks it after every event, so on a 5,000-task service it must not build a
 * DescribeServices snapshot each time; the answer must equal {@code describeServices(..).service().isSteady()}.
 * Likewise {@link EcsWaiter#waitUntilServicesStable} asks {@link #servicesStable} after every event and describes
 * the services only when an acceptor would match.
 */
public interface SteadyStateCheck {
  /**
   * Whether the service is steady now: one COMPLETED deployment, running = desired, none pending.
   *
   * @param cluster the cluster's name
   * @param service the service's name
   * @return what {@code ServiceDescription.isSteady()} of a DescribeServices now would say
   */
  boolean isSteady(String cluster, String service);

  /**
   * Which of the services-stable waiter's acceptors a DescribeServices of this one service would match now: {@code
   * FAILURE} when the service is missing ({@code failures[].reason == MISSING}) or DRAINING or INACTIVE, {@code
   * SUCCESS} when it has one deployment and as many RUNNING tasks as desired, {@code RETRY} otherwise.
   *
   * @param cluster the cluster's name or ARN
   * @param service the service's name or ARN
   * @return the acceptor's state for this service
   * @throws dev.ecsdsl.runtime.EcsException what DescribeServices would throw (an unknown cluster)
   */
  WaiterState servicesStable(String cluster, String service);

  /** The states an SDK waiter's acceptor moves the waiter to (the AWS SDK's {@code WaiterState}). */
  enum WaiterState {
    /** The waiter succeeds. */
    SUCCESS,
    /** The waiter fails. */
    FAILURE,
    /** The waiter asks again later. */
    RETRY
  }
}

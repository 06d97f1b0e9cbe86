package dev.ecsdsl.runtime.waiters;

/**
 * A runtime that can tell whether a service is steady without describing it. {@link
 * Conditions#serviceSteady} asks it after every event, so on a 5,000-task service it must not build a
 * DescribeServices snapshot each time; the answer must equal {@code describeServices(..).service().isSteady()}.
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
}

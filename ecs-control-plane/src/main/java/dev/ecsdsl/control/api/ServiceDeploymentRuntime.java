package dev.ecsdsl.control.api;

import dev.ecsdsl.control.ServiceDeploymentOperations;

/**
 * A runtime on the control plane that serves ECS's service deployment operations: both runtimes are, so that code
 * written against the operations (the ECS endpoint, a test helper) runs on either.
 */
public interface ServiceDeploymentRuntime {
  /**
   * ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions and StopServiceDeployment, and what a
   * test stands in for: lifecycle hook functions and alarm states.
   *
   * @return the service deployment operations
   */
  ServiceDeploymentOperations serviceDeployments();
}

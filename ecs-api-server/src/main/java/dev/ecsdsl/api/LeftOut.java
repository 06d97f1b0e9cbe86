package dev.ecsdsl.api;

import java.util.Map;

/**
 * The operations of the ECS model the endpoint does not serve, each with the reason; an operation the model does
 * not have at all is named as unknown. The README's table of served operations lists the same.
 */
final class LeftOut {
  private static final String DEPLOYMENTS = "it comes with the simulation of service deployments and revisions";
  /** Reasons by operation. */
  static final Map<String, String> REASONS = Map.of(
      "ListServiceDeployments", DEPLOYMENTS,
      "DescribeServiceDeployments", DEPLOYMENTS,
      "DescribeServiceRevisions", DEPLOYMENTS,
      "StopServiceDeployment", DEPLOYMENTS);

  private LeftOut() {}

  /** The answer's message for a call of an operation that is not served. */
  static String why(String operation, ApiModel model) {
    String quoted = Messages.quote(operation);
    if (model.operation(operation).isEmpty()) {
      return "Amazon ECS has no operation " + quoted + ".";
    }
    return "ecs-dsl does not serve " + quoted + ": " + REASONS.getOrDefault(operation, "not simulated yet") + ".";
  }
}

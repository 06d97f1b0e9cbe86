package dev.ecsdsl.api;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The operations of the ECS model the endpoint does not serve, each with the reason; an operation the model does
 * not have at all is named as unknown. The README's table of served operations lists the same.
 */
final class LeftOut {
  private static final String TASK_SETS = "task sets (the EXTERNAL and CODE_DEPLOY deployment controllers) are not"
      + " simulated yet";
  private static final String DAEMONS = "daemons on Managed Instances are in the model and validated, not simulated"
      + " yet (their daemon task definitions are served)";
  private static final String EXPRESS = "Express Mode services are in the model and validated, not simulated yet";
  private static final String CONTROL_PLANE = "the control plane does not support it yet";
  /** Reasons by operation. */
  static final Map<String, String> REASONS = reasons();

  private static Map<String, String> reasons() {
    Map<String, String> reasons = new TreeMap<>();
    for (String operation : List.of("CreateTaskSet", "DeleteTaskSet", "DescribeTaskSets", "UpdateTaskSet",
        "UpdateServicePrimaryTaskSet")) {
      reasons.put(operation, TASK_SETS);
    }
    for (String operation : List.of("CreateDaemon", "DeleteDaemon", "DescribeDaemon", "DescribeDaemonDeployments",
        "DescribeDaemonRevisions", "ListDaemonDeployments", "ListDaemons", "UpdateDaemon")) {
      reasons.put(operation, DAEMONS);
    }
    for (String operation : List.of("CreateExpressGatewayService", "DeleteExpressGatewayService",
        "DescribeExpressGatewayService", "UpdateExpressGatewayService")) {
      reasons.put(operation, EXPRESS);
    }
    for (String operation : List.of("CreateCapacityProvider", "UpdateCapacityProvider", "DeleteCapacityProvider",
        "UpdateCluster", "UpdateClusterSettings", "ListAccountSettings", "PutAccountSetting",
        "PutAccountSettingDefault", "DeleteAccountSetting", "ExecuteCommand",
        "GetTaskProtection", "UpdateTaskProtection")) {
      reasons.put(operation, CONTROL_PLANE);
    }
    return Collections.unmodifiableMap(reasons);
  }

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

package dev.ecsdsl.control.services;

import dev.ecsdsl.model.HookDetails;
import java.util.Map;
import java.util.Optional;

/**
 * The event ECS sends a lifecycle hook's Lambda function (developer guide, "Lambda functions for Amazon ECS
 * lifecycle hooks"): {@code executionId}, {@code lifecycleStage}, {@code resourceArn} (the service deployment),
 * {@code executionDetails} and {@code hookDetails}.
 *
 * @param executionId unique per invocation, drawn from the run's seed
 * @param lifecycleStage the stage the hook runs at
 * @param resourceArn the service deployment's ARN
 * @param serviceArn the service's ARN
 * @param targetServiceRevisionArn the green revision's ARN (also during a rollback)
 * @param testTrafficWeights test traffic per service revision ARN (filled at TEST_TRAFFIC_SHIFT, else empty)
 * @param productionTrafficWeights production traffic per service revision ARN (filled at
 *     PRE_PRODUCTION_TRAFFIC_SHIFT, with the weights before the step, and PRODUCTION_TRAFFIC_SHIFT, after it)
 * @param hookDetails the hook's {@code hookDetails}, merged with what its last IN_PROGRESS answer returned
 * @param invocation 1 for the first invocation of this hook at this stage, 2 after one IN_PROGRESS answer, ...
 */
public record HookInvocation(String executionId, DeploymentLifecycleStage lifecycleStage, String resourceArn,
    String serviceArn, String targetServiceRevisionArn, Map<String, Double> testTrafficWeights,
    Map<String, Double> productionTrafficWeights, Optional<HookDetails> hookDetails, int invocation) {

  /**
   * Copies the maps.
   *
   * @param executionId the execution's id
   * @param lifecycleStage the stage
   * @param resourceArn the service deployment's ARN
   * @param serviceArn the service's ARN
   * @param targetServiceRevisionArn the green revision's ARN
   * @param testTrafficWeights test traffic per revision, copied
   * @param productionTrafficWeights production traffic per revision, copied
   * @param hookDetails the details passed
   * @param invocation which invocation this is
   */
  public HookInvocation {
    testTrafficWeights = Map.copyOf(testTrafficWeights);
    productionTrafficWeights = Map.copyOf(productionTrafficWeights);
  }
}

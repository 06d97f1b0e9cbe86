package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Custom logic or a pause at lifecycle stages of a BLUE_GREEN, LINEAR or CANARY deployment. An
 * {@code AWS_LAMBDA} hook (the default) invokes the Lambda function {@code hookTargetArn} with {@code roleArn}
 * and acts on the {@code hookStatus} it returns (SUCCEEDED, FAILED, IN_PROGRESS); a {@code PAUSE} hook waits
 * for {@code ContinueServiceDeployment}. ECS API: {@code DeploymentLifecycleHook}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeploymentLifecycleHook.class)
@JsonDeserialize(as = ImmutableDeploymentLifecycleHook.class)
public interface DeploymentLifecycleHook {
  /** {@return the Lambda function ARN of an AWS_LAMBDA hook (required for it; not used by PAUSE hooks)} */
  Optional<String> hookTargetArn();

  /** {@return the IAM role ECS assumes to invoke the function (trusted by {@code ecs.amazonaws.com})} */
  Optional<String> roleArn();

  /** {@return the stages at which the hook runs (at least one)} */
  List<DeploymentLifecycleHookStage> lifecycleStages();

  /** {@return the custom parameters passed to the function on every invocation} */
  Optional<HookDetails> hookDetails();

  /** {@return AWS_LAMBDA or PAUSE; AWS_LAMBDA when unset} */
  Optional<DeploymentLifecycleHookTargetType> targetType();

  /** {@return how long ECS waits for the hook and what it does then} */
  Optional<DeploymentLifecycleHookTimeoutConfiguration> timeoutConfiguration();

  /** {@return {@link #targetType()}, AWS_LAMBDA when unset} */
  default DeploymentLifecycleHookTargetType targetTypeOrDefault() {
    return targetType().orElse(DeploymentLifecycleHookTargetType.AWS_LAMBDA);
  }

  /**
   * {@return a Lambda hook}
   *
   * @param functionArn the Lambda function's ARN
   * @param roleArn the role ECS invokes it with
   * @param stages the stages at which it runs
   */
  static DeploymentLifecycleHook lambda(String functionArn, String roleArn, DeploymentLifecycleHookStage... stages) {
    return builder().hookTargetArn(functionArn).roleArn(roleArn).addLifecycleStages(stages).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeploymentLifecycleHook}. */
  class Builder extends ImmutableDeploymentLifecycleHook.Builder {}
}

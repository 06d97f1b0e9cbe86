package dev.ecsdsl.control.services;

import dev.ecsdsl.model.HookDetails;
import java.util.Objects;
import java.util.Optional;

/**
 * A lifecycle hook function's answer (developer guide, "Lambda functions for Amazon ECS lifecycle hooks"):
 * {@code {"hookStatus": …, "callBackDelay": …, "hookDetails": …}}.
 *
 * @param hookStatus SUCCEEDED, FAILED or IN_PROGRESS
 * @param callBackDelay seconds until ECS invokes the function again after IN_PROGRESS (30 when unset)
 * @param hookDetails runtime data passed to the next invocation of the same hook in this deployment
 */
public record HookResponse(HookStatus hookStatus, Optional<Integer> callBackDelay,
    Optional<HookDetails> hookDetails) {
  /** The default {@code callBackDelay}, in seconds. */
  public static final int DEFAULT_CALL_BACK_DELAY = 30;

  /**
   * Checks the answer is one a function can give.
   *
   * @param hookStatus SUCCEEDED, FAILED or IN_PROGRESS
   * @param callBackDelay seconds until the next invocation, zero or more
   * @param hookDetails runtime data for the next invocation
   */
  public HookResponse {
    Objects.requireNonNull(hookStatus, "hookStatus");
    if (hookStatus == HookStatus.TIMED_OUT) {
      throw new IllegalArgumentException("a function answers SUCCEEDED, FAILED or IN_PROGRESS, not TIMED_OUT");
    }
    if (callBackDelay.filter(d -> d < 0).isPresent()) {
      throw new IllegalArgumentException("callBackDelay must be zero or more, got " + callBackDelay.get());
    }
  }

  /** {@return the answer that lets the deployment go on} */
  public static HookResponse succeeded() {
    return new HookResponse(HookStatus.SUCCEEDED, Optional.empty(), Optional.empty());
  }

  /** {@return the answer that rolls the deployment back} */
  public static HookResponse failed() {
    return new HookResponse(HookStatus.FAILED, Optional.empty(), Optional.empty());
  }

  /**
   * {@return the answer that asks to be invoked again after {@code callBackDelay} seconds}
   *
   * @param callBackDelay seconds until the next invocation
   */
  public static HookResponse inProgress(int callBackDelay) {
    return new HookResponse(HookStatus.IN_PROGRESS, Optional.of(callBackDelay), Optional.empty());
  }

  /** {@return the seconds until the next invocation} */
  public int callBackDelayOrDefault() {
    return callBackDelay.orElse(DEFAULT_CALL_BACK_DELAY);
  }
}

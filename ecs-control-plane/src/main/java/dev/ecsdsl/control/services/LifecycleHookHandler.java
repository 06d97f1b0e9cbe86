package dev.ecsdsl.control.services;

import java.util.List;

/**
 * What stands in for a lifecycle hook's Lambda function ({@code hookTargetArn}) in a test: it receives ECS's
 * event and answers as the function would. An exception counts as a failed invocation, which rolls the deployment
 * back as FAILED does (developer guide, "Lambda functions for Amazon ECS lifecycle hooks").
 */
@FunctionalInterface
public interface LifecycleHookHandler {

  /**
   * Handles one invocation.
   *
   * @param invocation the event ECS sends
   * @return the function's answer
   */
  HookResponse invoke(HookInvocation invocation);

  /**
   * A scripted function: answers the given responses in order, one per invocation, and the last one from then on.
   *
   * @param answers the answers, at least one
   * @return the handler
   */
  static LifecycleHookHandler scripted(HookResponse... answers) {
    if (answers.length == 0) {
      throw new IllegalArgumentException("a scripted hook needs at least one answer");
    }
    List<HookResponse> script = List.of(answers);
    return invocation -> script.get(Math.min(invocation.invocation(), script.size()) - 1);
  }
}

package dev.ecsdsl.control.services;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.model.DeploymentLifecycleHook;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.DeploymentLifecycleHookTargetType;
import dev.ecsdsl.model.DeploymentLifecycleHookTimeoutAction;
import dev.ecsdsl.model.DeploymentLifecycleHookTimeoutConfiguration;
import dev.ecsdsl.model.HookDetails;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Runs a deployment's lifecycle hooks (developer guide, "Lifecycle hooks for Amazon ECS service deployments" and
 * "Lambda functions for Amazon ECS lifecycle hooks"): every hook configured at a stage is invoked at the stage's
 * start, in configuration order at the same instant (A12), with ECS's event; SUCCEEDED lets the stage end, FAILED
 * (or a handler that throws, or a function with no handler) fails the deployment, IN_PROGRESS invokes again after
 * {@code callBackDelay} seconds with the returned {@code hookDetails}. A hook that gives no final answer within
 * {@code timeoutInMinutes} (default 1,440) is TIMED_OUT and takes its timeout action (ROLLBACK or CONTINUE). A
 * PAUSE hook waits for its timeout.
 */
final class HookRunner {
  private final EventLoop loop;
  private final ServiceEvents events;
  private final LifecycleHookTargets targets;
  private final RandomGenerator random;
  private final Agent functions;
  private final Runnable requestReconcile;

  HookRunner(EventLoop loop, ServiceEvents events, LifecycleHookTargets targets, RandomGenerator random,
      Agent functions, Runnable requestReconcile) {
    this.loop = loop;
    this.events = events;
    this.targets = targets;
    this.random = random;
    this.functions = functions;
    this.requestReconcile = requestReconcile;
  }

  /** The stage began: its hooks are invoked. */
  void start(ServiceRecord service, TrafficShift shift) {
    shift.hooks.clear();
    Optional<DeploymentLifecycleHookStage> hookStage = hookStage(shift.stage);
    if (hookStage.isEmpty()) {
      return;
    }
    List<DeploymentLifecycleHook> configured = shift.deployment.configuration.lifecycleHooks();
    for (int i = 0; i < configured.size(); i++) {
      DeploymentLifecycleHook hook = configured.get(i);
      if (!hook.lifecycleStages().contains(hookStage.get())) {
        continue;
      }
      TrafficShift.HookExecution execution = new TrafficShift.HookExecution(i, hook, shift.stage);
      shift.hooks.add(execution);
      DeploymentLifecycleHookTimeoutConfiguration timeout = hook.timeoutConfiguration()
          .orElse(DeploymentLifecycleHookTimeoutConfiguration.builder().build());
      loop.schedule(Duration.ofMinutes(timeout.timeoutInMinutesOrDefault()), () -> timedOut(service, shift,
          execution, timeout.actionOrDefault()));
      if (hook.targetTypeOrDefault() == DeploymentLifecycleHookTargetType.AWS_LAMBDA) {
        loop.schedule(Duration.ZERO, () -> invoke(service, shift, execution));
      }
    }
  }

  Optional<TrafficShift.HookExecution> failed(TrafficShift shift) {
    return shift.hooks.stream().filter(h -> h.status == HookStatus.FAILED).findFirst();
  }

  boolean allSucceeded(TrafficShift shift) {
    return shift.hooks.stream().allMatch(h -> h.status == HookStatus.SUCCEEDED);
  }

  /** The deployment failed: invocations still waiting do nothing. */
  void cancel(TrafficShift shift) {
    shift.hooks.clear();
  }

  /**
   * A rollback: "Amazon ECS re-invokes hooks registered at the PRODUCTION_TRAFFIC_SHIFT and TEST_TRAFFIC_SHIFT
   * stages" with blue at 100 % (developer guide, "Lambda functions for Amazon ECS lifecycle hooks"); production
   * first, then test (A13). Their answers cannot roll back a rollback; they are recorded.
   */
  void rollingBack(ServiceRecord service, TrafficShift shift) {
    List<DeploymentLifecycleHook> configured = shift.deployment.configuration.lifecycleHooks();
    for (DeploymentLifecycleStage stage : List.of(DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT,
        DeploymentLifecycleStage.TEST_TRAFFIC_SHIFT)) {
      for (int i = 0; i < configured.size(); i++) {
        DeploymentLifecycleHook hook = configured.get(i);
        if (hook.lifecycleStages().contains(hookStage(stage).orElseThrow())
            && hook.targetTypeOrDefault() == DeploymentLifecycleHookTargetType.AWS_LAMBDA) {
          TrafficShift.HookExecution execution = new TrafficShift.HookExecution(i, hook, stage);
          call(shift, execution, answer -> record(service, shift, execution, answer.hookStatus()));
        }
      }
    }
  }

  private void invoke(ServiceRecord service, TrafficShift shift, TrafficShift.HookExecution execution) {
    if (!shift.hooks.contains(execution) || execution.status != HookStatus.IN_PROGRESS) {
      return;
    }
    call(shift, execution, answer -> {
      if (!shift.hooks.contains(execution) || execution.status != HookStatus.IN_PROGRESS) {
        return;  // the deployment failed, or the hook timed out, while the function ran
      }
      answer.hookDetails().ifPresent(d -> shift.hookData.put(execution.index, d));
      record(service, shift, execution, answer.hookStatus());
      if (answer.hookStatus() == HookStatus.IN_PROGRESS) {
        loop.schedule(Duration.ofSeconds(answer.callBackDelayOrDefault()), () -> invoke(service, shift, execution));
      } else {
        execution.status = answer.hookStatus();
        requestReconcile.run();
      }
    });
  }

  /**
   * Invokes the hook's function (at once in memory; on Docker on a thread of its own, so that it may send requests
   * through the load balancers) and hands its answer to {@code answered} on the loop.
   */
  private void call(TrafficShift shift, TrafficShift.HookExecution execution, Consumer<HookResponse> answered) {
    execution.invocations++;
    String function = execution.hook.hookTargetArn().orElse("");
    Optional<LifecycleHookHandler> handler = targets.handler(function);
    if (handler.isEmpty()) {
      answered.accept(HookResponse.failed());
      return;
    }
    HookInvocation invocation = invocation(shift, execution);
    functions.callFunction(() -> {
      try {
        HookResponse answer = handler.get().invoke(invocation);
        return answer == null ? HookResponse.failed() : answer;
      } catch (RuntimeException e) {
        return HookResponse.failed();
      }
    }, answered);
  }

  private HookInvocation invocation(TrafficShift shift, TrafficShift.HookExecution execution) {
    String green = shift.green.revision.arn();
    String blue = shift.blue.revision.arn();
    Map<String, Double> test = Map.of();
    Map<String, Double> production = Map.of();
    boolean rolledBack = !shift.hooks.contains(execution);
    switch (execution.stage) {
      case TEST_TRAFFIC_SHIFT -> test = rolledBack ? weights(green, 0.0, blue) : weights(green, 100.0, blue);
      case PRE_PRODUCTION_TRAFFIC_SHIFT -> production = weights(green,
          shift.step == 0 ? 0.0 : shift.schedule.steps().get(shift.step - 1), blue);
      case PRODUCTION_TRAFFIC_SHIFT -> production = weights(green, shift.productionPercent, blue);
      default -> { }
    }
    return new HookInvocation(new UUID(random.nextLong(), random.nextLong()).toString(), execution.stage,
        shift.deployment.arn, shift.deployment.serviceArn, green, test, production,
        details(execution.hook.hookDetails(), shift.hookData.get(execution.index)), execution.invocations);
  }

  private static Map<String, Double> weights(String green, double greenPercent, String blue) {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put(green, greenPercent);
    weights.put(blue, 100.0 - greenPercent);
    return weights;
  }

  /** The hook's hookDetails, merged with the runtime data its last IN_PROGRESS answer returned. */
  private static Optional<HookDetails> details(Optional<HookDetails> configured, HookDetails returned) {
    if (returned == null) {
      return configured;
    }
    if (configured.isPresent() && configured.get().json() instanceof ObjectNode base
        && returned.json() instanceof ObjectNode extra) {
      base.setAll(extra);
      return Optional.of(HookDetails.of(base));
    }
    return Optional.of(returned);
  }

  private void timedOut(ServiceRecord service, TrafficShift shift, TrafficShift.HookExecution execution,
      DeploymentLifecycleHookTimeoutAction action) {
    if (!shift.hooks.contains(execution) || execution.status != HookStatus.IN_PROGRESS) {
      return;
    }
    record(service, shift, execution, HookStatus.TIMED_OUT);
    execution.status = action == DeploymentLifecycleHookTimeoutAction.CONTINUE ? HookStatus.SUCCEEDED
        : HookStatus.FAILED;
    requestReconcile.run();
  }

  private void record(ServiceRecord service, TrafficShift shift, TrafficShift.HookExecution execution,
      HookStatus status) {
    events.record(service, "(deployment " + shift.green.id + ") lifecycle hook "
        + execution.hook.hookTargetArn().orElse("(pause hook)") + " returned " + status + " at " + execution.stage
        + ".");
  }

  private static Optional<DeploymentLifecycleHookStage> hookStage(DeploymentLifecycleStage stage) {
    for (DeploymentLifecycleHookStage hookStage : DeploymentLifecycleHookStage.values()) {
      if (hookStage.name().equals(stage.name())) {
        return Optional.of(hookStage);
      }
    }
    return Optional.empty();
  }
}

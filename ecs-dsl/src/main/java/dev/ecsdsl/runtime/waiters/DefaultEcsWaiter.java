package dev.ecsdsl.runtime.waiters;

import dev.ecsdsl.runtime.DescribeServicesRequest;
import dev.ecsdsl.runtime.DescribeServicesResponse;
import dev.ecsdsl.runtime.DescribeTasksRequest;
import dev.ecsdsl.runtime.DescribeTasksResponse;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ServiceStatus;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The SDK's ECS waiters as conditions on a runtime. Acceptors, in the SDK's order (its {@code DefaultEcsWaiter},
 * from the ECS service model's waiter definitions): services-stable fails on {@code failures[].reason == MISSING},
 * {@code services[].status == DRAINING} or {@code INACTIVE} and succeeds when {@code length(services[?!(length(
 * deployments) == 1 && runningCount == desiredCount)]) == 0}; services-inactive fails on MISSING and succeeds when
 * any {@code services[].status == INACTIVE}; tasks-running fails on any {@code tasks[].lastStatus == STOPPED} or
 * MISSING and succeeds when all are RUNNING; tasks-stopped succeeds when all are STOPPED.
 */
final class DefaultEcsWaiter implements EcsWaiter {
  /** The SDK's default for every ECS waiter: 40 attempts 15 s apart, or 100 attempts 6 s apart. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  private final EcsRuntime runtime;

  DefaultEcsWaiter(EcsRuntime runtime) {
    this.runtime = Objects.requireNonNull(runtime, "runtime");
  }

  @Override
  public WaiterResponse<DescribeServicesResponse> waitUntilServicesStable(DescribeServicesRequest request,
      WaiterOverrideConfiguration overrideConfiguration) {
    String what = "services " + request.services() + " of cluster " + request.cluster()
        + " to be stable (the services-stable waiter: one deployment each, running = desired)";
    return waitFor(what, overrideConfiguration, r -> acceptorMayMatch(r, request),
        r -> r.ecs().describeServices(request), response -> {
      failIf(what, response.failures().stream().anyMatch(f -> f.reason().equals("MISSING")),
          "pathAny", "failures[].reason=MISSING", States.services(response));
      for (ServiceStatus status : new ServiceStatus[] {ServiceStatus.DRAINING, ServiceStatus.INACTIVE}) {
        failIf(what, response.services().stream().anyMatch(s -> s.status() == status),
            "pathAny", "services[].status=" + status, States.services(response));
      }
      return response.services().stream().allMatch(s -> s.deployments().size() == 1
          && s.runningCount() == s.desiredCount());
    }, States::services);
  }

  @Override
  public WaiterResponse<DescribeServicesResponse> waitUntilServicesInactive(DescribeServicesRequest request,
      WaiterOverrideConfiguration overrideConfiguration) {
    String what = "services " + request.services() + " of cluster " + request.cluster()
        + " to be INACTIVE (the services-inactive waiter)";
    return waitFor(what, overrideConfiguration, r -> true, r -> r.ecs().describeServices(request), response -> {
      failIf(what, response.failures().stream().anyMatch(f -> f.reason().equals("MISSING")),
          "pathAny", "failures[].reason=MISSING", States.services(response));
      return response.services().stream().anyMatch(s -> s.status() == ServiceStatus.INACTIVE);
    }, States::services);
  }

  @Override
  public WaiterResponse<DescribeTasksResponse> waitUntilTasksRunning(DescribeTasksRequest request,
      WaiterOverrideConfiguration overrideConfiguration) {
    String what = "tasks " + States.ids(request.tasks()) + " of cluster " + request.cluster()
        + " to be RUNNING (the tasks-running waiter)";
    return waitFor(what, overrideConfiguration, r -> true, r -> r.ecs().describeTasks(request), response -> {
      failIf(what, response.tasks().stream().anyMatch(t -> t.lastStatus() == TaskStatus.STOPPED),
          "pathAny", "tasks[].lastStatus=STOPPED", States.tasks(response));
      failIf(what, response.failures().stream().anyMatch(f -> f.reason().equals("MISSING")),
          "pathAny", "failures[].reason=MISSING", States.tasks(response));
      return !response.tasks().isEmpty()
          && response.tasks().stream().allMatch(t -> t.lastStatus() == TaskStatus.RUNNING);
    }, States::tasks);
  }

  @Override
  public WaiterResponse<DescribeTasksResponse> waitUntilTasksStopped(DescribeTasksRequest request,
      WaiterOverrideConfiguration overrideConfiguration) {
    String what = "tasks " + States.ids(request.tasks()) + " of cluster " + request.cluster()
        + " to be STOPPED (the tasks-stopped waiter)";
    return waitFor(what, overrideConfiguration, r -> true, r -> r.ecs().describeTasks(request), response ->
        !response.tasks().isEmpty() && response.tasks().stream().allMatch(t -> t.lastStatus() == TaskStatus.STOPPED),
        States::tasks);
  }

  /**
   * Whether a DescribeServices now could match an acceptor of services-stable: always, unless the runtime can tell
   * from its indexes ({@link SteadyStateCheck}) that it would not (no service is missing, DRAINING or INACTIVE, and
   * not every one is stable), which spares describing a 5,000-task service after every event.
   */
  private static boolean acceptorMayMatch(EcsRuntime runtime, DescribeServicesRequest request) {
    if (!(runtime instanceof SteadyStateCheck check)) {
      return true;
    }
    boolean allStable = true;
    for (String service : request.services()) {
      SteadyStateCheck.WaiterState state = check.servicesStable(request.cluster(), service);
      if (state == SteadyStateCheck.WaiterState.FAILURE) {
        return true;
      }
      allStable &= state == SteadyStateCheck.WaiterState.SUCCESS;
    }
    return allStable;
  }

  /**
   * After every event for which {@code mayMatch} holds, describes until {@code success} accepts the response (or an
   * acceptor inside it fails the waiter); the response of the last check is the waiter's. On a timeout the message
   * shows a fresh response.
   */
  private <T> WaiterResponse<T> waitFor(String what, WaiterOverrideConfiguration configuration,
      Predicate<EcsRuntime> mayMatch, Function<EcsRuntime, T> describe, Predicate<T> success,
      Function<T, String> state) {
    AtomicReference<T> last = new AtomicReference<>();
    Condition condition = Condition.of(what, r -> {
      if (!mayMatch.test(r)) {
        return false;
      }
      T response = describe.apply(r);
      last.set(response);
      return success.test(response);
    }, r -> state.apply(describe.apply(r)));
    Duration waited = runtime.await(condition).atMost(configuration.waitTimeout().orElse(DEFAULT_TIMEOUT));
    return new WaiterResponse<>(last.get(), waited);
  }

  private static void failIf(String what, boolean matched, String matcher, String parameter, String state) {
    if (matched) {
      throw new WaiterFailureException("waiting for " + what + " failed: a waiter acceptor with the matcher ("
          + matcher + ") was matched on parameter (" + parameter + ") and transitioned the waiter to failure state"
          + (state.isBlank() ? "" : "; last seen:\n" + state.strip()));
    }
  }
}

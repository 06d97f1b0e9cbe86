package dev.ecsdsl.runtime.waiters;

import dev.ecsdsl.runtime.DescribeServicesRequest;
import dev.ecsdsl.runtime.DescribeServicesResponse;
import dev.ecsdsl.runtime.DescribeTasksRequest;
import dev.ecsdsl.runtime.DescribeTasksResponse;
import dev.ecsdsl.runtime.EcsRuntime;
import java.util.function.Consumer;

/**
 * The AWS SDK for Java v2's ECS waiters ({@code EcsWaiter}) on a runtime: the same names, the same acceptors (what
 * counts as success and as failure), the same default of 10 minutes. Unlike the SDK's, they do not poll every few
 * seconds: the runtime checks after every event, so they return at the moment the acceptor matches.
 *
 * <pre>{@code
 * runtime.waiter().waitUntilServicesStable(r -> r.cluster("prod").services("web"));
 * }</pre>
 */
public interface EcsWaiter {
  /**
   * Lets time pass until the services are stable, as the SDK's {@code services-stable} waiter defines it: each has
   * exactly one deployment and as many running tasks as desired. It fails when a service is missing, DRAINING or
   * INACTIVE. Default wait: 10 minutes, as the SDK's.
   *
   * @param request what to describe
   * @param overrideConfiguration how long to wait at most
   * @return the matching response and how long it took
   * @throws WaitTimeoutException when the time is up, saying what was awaited and the last state seen
   * @throws WaiterFailureException when a failure acceptor matched
   */
  WaiterResponse<DescribeServicesResponse> waitUntilServicesStable(DescribeServicesRequest request, WaiterOverrideConfiguration overrideConfiguration);

  /**
   * {@link #waitUntilServicesStable(DescribeServicesRequest, WaiterOverrideConfiguration)} with the default wait (10 minutes).
   *
   * @param request what to describe
   * @return the matching response and how long it took
   */
  default WaiterResponse<DescribeServicesResponse> waitUntilServicesStable(DescribeServicesRequest request) {
    return waitUntilServicesStable(request, WaiterOverrideConfiguration.builder().build());
  }

  /**
   * {@link #waitUntilServicesStable(DescribeServicesRequest, WaiterOverrideConfiguration)} with a request builder and the default wait.
   *
   * @param request sets what to describe, e.g. {@code r -> r.cluster("prod").services("web")}
   * @return the matching response and how long it took
   */
  default WaiterResponse<DescribeServicesResponse> waitUntilServicesStable(Consumer<DescribeServicesRequest.Builder> request) {
    return waitUntilServicesStable(request, o -> { });
  }

  /**
   * {@link #waitUntilServicesStable(DescribeServicesRequest, WaiterOverrideConfiguration)} with builders.
   *
   * @param request sets what to describe, e.g. {@code r -> r.cluster("prod").services("web")}
   * @param overrideConfiguration sets how long to wait, e.g. {@code o -> o.waitTimeout(Duration.ofMinutes(20))}
   * @return the matching response and how long it took
   */
  default WaiterResponse<DescribeServicesResponse> waitUntilServicesStable(Consumer<DescribeServicesRequest.Builder> request,
      Consumer<WaiterOverrideConfiguration.Builder> overrideConfiguration) {
    DescribeServicesRequest.Builder requestBuilder = DescribeServicesRequest.builder();
    request.accept(requestBuilder);
    WaiterOverrideConfiguration.Builder configuration = WaiterOverrideConfiguration.builder();
    overrideConfiguration.accept(configuration);
    return waitUntilServicesStable(requestBuilder.build(), configuration.build());
  }

  /**
   * Lets time pass until a service is INACTIVE (deleted and drained), as the SDK's {@code services-inactive} waiter.
   * It fails when a service is missing. Default wait: 10 minutes, as the SDK's.
   *
   * @param request what to describe
   * @param overrideConfiguration how long to wait at most
   * @return the matching response and how long it took
   * @throws WaitTimeoutException when the time is up, saying what was awaited and the last state seen
   * @throws WaiterFailureException when a failure acceptor matched
   */
  WaiterResponse<DescribeServicesResponse> waitUntilServicesInactive(DescribeServicesRequest request, WaiterOverrideConfiguration overrideConfiguration);

  /**
   * {@link #waitUntilServicesInactive(DescribeServicesRequest, WaiterOverrideConfiguration)} with the default wait (10 minutes).
   *
   * @param request what to describe
   * @return the matching response and how long it took
   */
  default WaiterResponse<DescribeServicesResponse> waitUntilServicesInactive(DescribeServicesRequest request) {
    return waitUntilServicesInactive(request, WaiterOverrideConfiguration.builder().build());
  }

  /**
   * {@link #waitUntilServicesInactive(DescribeServicesRequest, WaiterOverrideConfiguration)} with a request builder and the default wait.
   *
   * @param request sets what to describe, e.g. {@code r -> r.cluster("prod").services("web")}
   * @return the matching response and how long it took
   */
  default WaiterResponse<DescribeServicesResponse> waitUntilServicesInactive(Consumer<DescribeServicesRequest.Builder> request) {
    return waitUntilServicesInactive(request, o -> { });
  }

  /**
   * {@link #waitUntilServicesInactive(DescribeServicesRequest, WaiterOverrideConfiguration)} with builders.
   *
   * @param request sets what to describe, e.g. {@code r -> r.cluster("prod").services("web")}
   * @param overrideConfiguration sets how long to wait, e.g. {@code o -> o.waitTimeout(Duration.ofMinutes(20))}
   * @return the matching response and how long it took
   */
  default WaiterResponse<DescribeServicesResponse> waitUntilServicesInactive(Consumer<DescribeServicesRequest.Builder> request,
      Consumer<WaiterOverrideConfiguration.Builder> overrideConfiguration) {
    DescribeServicesRequest.Builder requestBuilder = DescribeServicesRequest.builder();
    request.accept(requestBuilder);
    WaiterOverrideConfiguration.Builder configuration = WaiterOverrideConfiguration.builder();
    overrideConfiguration.accept(configuration);
    return waitUntilServicesInactive(requestBuilder.build(), configuration.build());
  }

  /**
   * Lets time pass until every task is RUNNING, as the SDK's {@code tasks-running} waiter. It fails when a task
   * STOPPED or is missing. Default wait: 10 minutes, as the SDK's.
   *
   * @param request what to describe
   * @param overrideConfiguration how long to wait at most
   * @return the matching response and how long it took
   * @throws WaitTimeoutException when the time is up, saying what was awaited and the last state seen
   * @throws WaiterFailureException when a failure acceptor matched
   */
  WaiterResponse<DescribeTasksResponse> waitUntilTasksRunning(DescribeTasksRequest request, WaiterOverrideConfiguration overrideConfiguration);

  /**
   * {@link #waitUntilTasksRunning(DescribeTasksRequest, WaiterOverrideConfiguration)} with the default wait (10 minutes).
   *
   * @param request what to describe
   * @return the matching response and how long it took
   */
  default WaiterResponse<DescribeTasksResponse> waitUntilTasksRunning(DescribeTasksRequest request) {
    return waitUntilTasksRunning(request, WaiterOverrideConfiguration.builder().build());
  }

  /**
   * {@link #waitUntilTasksRunning(DescribeTasksRequest, WaiterOverrideConfiguration)} with a request builder and the default wait.
   *
   * @param request sets what to describe, e.g. {@code r -> r.cluster("prod").tasks(taskArn)}
   * @return the matching response and how long it took
   */
  default WaiterResponse<DescribeTasksResponse> waitUntilTasksRunning(Consumer<DescribeTasksRequest.Builder> request) {
    return waitUntilTasksRunning(request, o -> { });
  }

  /**
   * {@link #waitUntilTasksRunning(DescribeTasksRequest, WaiterOverrideConfiguration)} with builders.
   *
   * @param request sets what to describe, e.g. {@code r -> r.cluster("prod").tasks(taskArn)}
   * @param overrideConfiguration sets how long to wait, e.g. {@code o -> o.waitTimeout(Duration.ofMinutes(20))}
   * @return the matching response and how long it took
   */
  default WaiterResponse<DescribeTasksResponse> waitUntilTasksRunning(Consumer<DescribeTasksRequest.Builder> request,
      Consumer<WaiterOverrideConfiguration.Builder> overrideConfiguration) {
    DescribeTasksRequest.Builder requestBuilder = DescribeTasksRequest.builder();
    request.accept(requestBuilder);
    WaiterOverrideConfiguration.Builder configuration = WaiterOverrideConfiguration.builder();
    overrideConfiguration.accept(configuration);
    return waitUntilTasksRunning(requestBuilder.build(), configuration.build());
  }

  /**
   * Lets time pass until every task is STOPPED, as the SDK's {@code tasks-stopped} waiter. Default wait: 10 minutes, as the SDK's.
   *
   * @param request what to describe
   * @param overrideConfiguration how long to wait at most
   * @return the matching response and how long it took
   * @throws WaitTimeoutException when the time is up, saying what was awaited and the last state seen
   * @throws WaiterFailureException when a failure acceptor matched
   */
  WaiterResponse<DescribeTasksResponse> waitUntilTasksStopped(DescribeTasksRequest request, WaiterOverrideConfiguration overrideConfiguration);

  /**
   * {@link #waitUntilTasksStopped(DescribeTasksRequest, WaiterOverrideConfiguration)} with the default wait (10 minutes).
   *
   * @param request what to describe
   * @return the matching response and how long it took
   */
  default WaiterResponse<DescribeTasksResponse> waitUntilTasksStopped(DescribeTasksRequest request) {
    return waitUntilTasksStopped(request, WaiterOverrideConfiguration.builder().build());
  }

  /**
   * {@link #waitUntilTasksStopped(DescribeTasksRequest, WaiterOverrideConfiguration)} with a request builder and the default wait.
   *
   * @param request sets what to describe, e.g. {@code r -> r.cluster("prod").tasks(taskArn)}
   * @return the matching response and how long it took
   */
  default WaiterResponse<DescribeTasksResponse> waitUntilTasksStopped(Consumer<DescribeTasksRequest.Builder> request) {
    return waitUntilTasksStopped(request, o -> { });
  }

  /**
   * {@link #waitUntilTasksStopped(DescribeTasksRequest, WaiterOverrideConfiguration)} with builders.
   *
   * @param request sets what to describe, e.g. {@code r -> r.cluster("prod").tasks(taskArn)}
   * @param overrideConfiguration sets how long to wait, e.g. {@code o -> o.waitTimeout(Duration.ofMinutes(20))}
   * @return the matching response and how long it took
   */
  default WaiterResponse<DescribeTasksResponse> waitUntilTasksStopped(Consumer<DescribeTasksRequest.Builder> request,
      Consumer<WaiterOverrideConfiguration.Builder> overrideConfiguration) {
    DescribeTasksRequest.Builder requestBuilder = DescribeTasksRequest.builder();
    request.accept(requestBuilder);
    WaiterOverrideConfiguration.Builder configuration = WaiterOverrideConfiguration.builder();
    overrideConfiguration.accept(configuration);
    return waitUntilTasksStopped(requestBuilder.build(), configuration.build());
  }

  /**
   * The waiters of a runtime ({@code runtime.waiter()} calls this).
   *
   * @param runtime the runtime to wait on
   * @return its waiters
   */
  static EcsWaiter of(EcsRuntime runtime) {
    return new DefaultEcsWaiter(runtime);
  }
}

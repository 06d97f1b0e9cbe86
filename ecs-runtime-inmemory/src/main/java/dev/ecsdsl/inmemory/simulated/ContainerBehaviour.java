package dev.ecsdsl.inmemory.simulated;

import dev.ecsdsl.control.agent.ExitCodes;
import dev.ecsdsl.control.agent.ServiceAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a simulated container acts: how long its image takes to pull, how it starts, when it exits by
 * itself, how its health check answers, how it reacts to SIGTERM, and how much CPU and memory it uses.
 * Plain immutable data: build one from a static factory and refine it with {@code with…} methods, e.g.
 * {@code ContainerBehaviour.becomesUnhealthyAfter(ofMinutes(5)).withShutdownTime(ofSeconds(10))}.
 * {@link #toString()} prints the shortest such chain that builds an equal value.
 *
 * <p>Every time is measured from a moment of the container's life: pull time from the task's
 * preparation, start time from the start request, exit, health and out-of-memory times from the moment
 * the container runs, shutdown time from SIGTERM.
 *
 * <p>Defaults ({@link #runsUntilStopped()}): image pulled in {@value #DEFAULT_PULL_SECONDS} s, running
 * {@value #DEFAULT_START_SECONDS} s after the start request, never exits by itself, health check always
 * passes, on SIGTERM exits at once with code {@value ExitCodes#SIGTERM} (128 + signal 15: ended by the
 * signal, as a JVM also reports after its shutdown hooks), idle (no CPU or memory use). A process that
 * runs as PID 1 without a handler of its own (a bare {@code sh -c "sleep …"}) never sees SIGTERM: model
 * it with {@link #ignoresSigterm()}. The pull and start times are small realistic values picked so that
 * timelines stay easy to read, not measurements.
 *
 * @param pullTime time to pull the container's image (pulls of a task's containers run in parallel)
 * @param pullFailure when present the pull fails after {@code pullTime} with {@code
 *     CannotPullContainerError: <pullFailure>}
 * @param startTime time from the start request until the container runs (or fails to start)
 * @param startFailure when present the container fails to start with {@code CannotStartContainerError:
 *     <startFailure>}
 * @param startFailureExitCode exit code reported when the container fails to start (Docker sets 128)
 * @param exitTime when present the container exits by itself this long after it started
 * @param exitCode exit code of that exit; only used when {@code exitTime} is present
 * @param healthyAfter the health check passes from this long after start (fails before)
 * @param unhealthyAfter when present the health check fails from this long after start on
 * @param outOfMemoryTime when present the container is OOM-killed this long after it started
 * @param shutdownTime when present the container exits this long after SIGTERM; empty: it ignores SIGTERM
 *     and only SIGKILL at the stop timeout ends it
 * @param shutdownExitCode exit code of an exit caused by SIGTERM; unused when SIGTERM is ignored
 * @param cpuUse CPU used, as a fraction of the container's CPU reservation (may exceed 1)
 * @param memoryUse memory used, as a fraction of the container's memory reservation (may exceed 1)
 * @param targetResponseCode when present, the HTTP status code the container answers load balancer health checks
 *     with (they fail unless the target group's matcher accepts it); empty: it answers what the matcher accepts
 * @param errorPercent the percent of the requests a load balancer routes to it that it answers with
 *     {@code errorStatusCode} (every {@code 100 / errorPercent}-th request of each target, so that the share is exact)
 * @param errorStatusCode the status of those answers (503 by default)
 * @param responseTime how long it takes to answer a request (ELB's {@code TargetResponseTime})
 * @param requestAnswer how it answers requests that Service Connect proxies forward to it (status and latency; 200
 *     at once by default)
 */
public record ContainerBehaviour(
    Duration pullTime,
    Optional<String> pullFailure,
    Duration startTime,
    Optional<String> startFailure,
    int startFailureExitCode,
    Optional<Duration> exitTime,
    int exitCode,
    Duration healthyAfter,
    Optional<Duration> unhealthyAfter,
    Optional<Duration> outOfMemoryTime,
    Optional<Duration> shutdownTime,
    int shutdownExitCode,
    double cpuUse,
    double memoryUse,
    Optional<Integer> targetResponseCode,
    double errorPercent,
    int errorStatusCode,
    Duration responseTime,
    ServiceAnswer requestAnswer) {

  /**
   * Default image pull time in seconds (the IAM checks' failing retrieval, {@code
   * PermissionCheckingAgent.RETRIEVAL_TIME}, takes as long).
   */
  public static final int DEFAULT_PULL_SECONDS = 2;

  /** Default time in seconds from the start request until the container runs. */
  public static final int DEFAULT_START_SECONDS = 1;

  private static final ContainerBehaviour DEFAULT = new ContainerBehaviour(
      Duration.ofSeconds(DEFAULT_PULL_SECONDS), Optional.empty(),
      Duration.ofSeconds(DEFAULT_START_SECONDS), Optional.empty(), ExitCodes.START_FAILURE,
      Optional.empty(), 0,
      Duration.ZERO, Optional.empty(),
      Optional.empty(),
      Optional.of(Duration.ZERO), ExitCodes.SIGTERM,
      0.0, 0.0, Optional.empty(), 0.0, 503, Duration.ZERO, ServiceAnswer.OK);

  /**
   * Checks every component; the messages name the component and the rejected value.
   *
   * @param pullTime the image pull time
   * @param pullFailure the pull failure's reason, if the pull fails
   * @param startTime the time until the container runs
   * @param startFailure the start failure's reason, if the start fails
   * @param startFailureExitCode the exit code of a failed start
   * @param exitTime when the container exits by itself, if it does
   * @param exitCode the exit code of that exit
   * @param healthyAfter when the health check starts to pass
   * @param unhealthyAfter when the health check starts to fail, if it does
   * @param outOfMemoryTime when the container is OOM-killed, if it is
   * @param shutdownTime the shutdown time after SIGTERM; empty when SIGTERM is ignored
   * @param shutdownExitCode the exit code after SIGTERM
   * @param cpuUse the CPU use, a fraction of the reservation
   * @param memoryUse the memory use, a fraction of the reservation
   * @param targetResponseCode the status code load balancer health checks get, if the container sets one
   * @param errorPercent the percent of requests answered with {@code errorStatusCode}, 0-100
   * @param errorStatusCode an HTTP status code, 100-599
   * @param responseTime the time to answer a request
   * @param requestAnswer the answer to Service Connect requests
   */
  public ContainerBehaviour {
    requireTime("pull time", pullTime);
    requireReason("pull failure", pullFailure);
    requireTime("start time", startTime);
    requireReason("start failure", startFailure);
    requireExitCode("start failure exit code", startFailureExitCode);
    requireTime("exit time", exitTime);
    requireExitCode("exit code", exitCode);
    requireTime("healthy after", healthyAfter);
    requireTime("unhealthy after", unhealthyAfter);
    requireTime("out of memory time", outOfMemoryTime);
    requireTime("shutdown time", shutdownTime);
    requireExitCode("shutdown exit code", shutdownExitCode);
    requireFraction("cpu use", cpuUse);
    requireFraction("memory use", memoryUse);
    Objects.requireNonNull(targetResponseCode, "targetResponseCode");
    Objects.requireNonNull(requestAnswer, "requestAnswer");
    targetResponseCode.ifPresent(code -> {
      if (code < 100 || code > 599) {
        throw new IllegalArgumentException("target response code must be an HTTP status code, 100-599; got " + code);
      }
    });
    requireTime("response time", responseTime);
    new dev.ecsdsl.control.agent.RequestAnswer(errorPercent, errorStatusCode, responseTime);  // checks the rest
  }

  // ---------------------------------------------------------------- static factories

  /**
   * The default: runs until it is stopped, healthy, exits at once on SIGTERM (see the class doc).
   *
   * @return the default behaviour
   */
  public static ContainerBehaviour runsUntilStopped() {
    return DEFAULT;
  }

  /**
   * Exits by itself with {@code exitCode} this long after it started.
   *
   * @param time how long after the start it exits
   * @param exitCode the exit code
   * @return the behaviour
   */
  public static ContainerBehaviour exitsAfter(Duration time, int exitCode) {
    return DEFAULT.withExitAfter(time, exitCode);
  }

  /**
   * Its health check passes until this long after start, and fails from then on.
   *
   * @param time how long after the start the health check starts to fail
   * @return the behaviour
   */
  public static ContainerBehaviour becomesUnhealthyAfter(Duration time) {
    return DEFAULT.withUnhealthyAfter(time);
  }

  /**
   * Its health check fails until this long after start, and passes from then on (a slow starter).
   *
   * @param time how long after the start the health check starts to pass
   * @return the behaviour
   */
  public static ContainerBehaviour becomesHealthyAfter(Duration time) {
    return DEFAULT.withHealthyAfter(time);
  }

  /**
   * Its health check always fails.
   *
   * @return the behaviour
   */
  public static ContainerBehaviour neverHealthy() {
    return DEFAULT.withNeverHealthy();
  }

  /**
   * Runs this long after the start request.
   *
   * @param time the time from the start request until the container runs
   * @return the behaviour
   */
  public static ContainerBehaviour startsAfter(Duration time) {
    return DEFAULT.withStartTime(time);
  }

  /**
   * Its image takes this long to pull.
   *
   * @param time the pull time
   * @return the behaviour
   */
  public static ContainerBehaviour pullTakes(Duration time) {
    return DEFAULT.withPullTime(time);
  }

  /**
   * Its image pull fails, so the task fails with {@code CannotPullContainerError: <reason>}.
   *
   * @param reason what the stopped reason says after the colon
   * @return the behaviour
   */
  public static ContainerBehaviour failsToPull(String reason) {
    return DEFAULT.withPullFailure(reason);
  }

  /**
   * Cannot start: exits with code 128 and {@code CannotStartContainerError: <reason>}.
   *
   * @param reason what the stopped reason says after the colon
   * @return the behaviour
   */
  public static ContainerBehaviour failsToStart(String reason) {
    return DEFAULT.withStartFailure(reason);
  }

  /**
   * Cannot start: exits with {@code exitCode} and {@code CannotStartContainerError: <reason>}.
   *
   * @param reason what the stopped reason says after the colon
   * @param exitCode the exit code
   * @return the behaviour
   */
  public static ContainerBehaviour failsToStart(String reason, int exitCode) {
    return DEFAULT.withStartFailure(reason, exitCode);
  }

  /**
   * Ignores SIGTERM: only SIGKILL at the end of the stop timeout ends it, with code 137.
   *
   * @return the behaviour
   */
  public static ContainerBehaviour ignoresSigterm() {
    return DEFAULT.withSigtermIgnored();
  }

  /**
   * Handles SIGTERM by shutting down cleanly in {@code time}, then exits with code 0; killed with 137
   * when that is longer than the stop timeout.
   *
   * @param time how long the shutdown takes after SIGTERM
   * @return the behaviour
   */
  public static ContainerBehaviour shutdownTakes(Duration time) {
    return DEFAULT.withShutdownTime(time);
  }

  /**
   * Like {@link #shutdownTakes(Duration)}, exiting with {@code exitCode}.
   *
   * @param time how long the shutdown takes after SIGTERM
   * @param exitCode the exit code after the shutdown
   * @return the behaviour
   */
  public static ContainerBehaviour shutdownTakes(Duration time, int exitCode) {
    return DEFAULT.withShutdownTime(time, exitCode);
  }

  /**
   * Killed by the kernel for using too much memory this long after start: code 137, ECS's OOM reason.
   *
   * @param time how long after the start it is killed
   * @return the behaviour
   */
  public static ContainerBehaviour outOfMemoryAfter(Duration time) {
    return DEFAULT.withOutOfMemoryAfter(time);
  }

  /**
   * Uses this fraction of its CPU reservation.
   *
   * @param fractionOfReservation the fraction, e.g. 0.75 for 75 %; may exceed 1
   * @return the behaviour
   */
  public static ContainerBehaviour usesCpu(double fractionOfReservation) {
    return DEFAULT.withCpuUse(fractionOfReservation);
  }

  /**
   * Uses this fraction of its memory reservation.
   *
   * @param fractionOfReservation the fraction, e.g. 0.75 for 75 %; may exceed 1
   * @return the behaviour
   */
  public static ContainerBehaviour usesMemory(double fractionOfReservation) {
    return DEFAULT.withMemoryUse(fractionOfReservation);
  }

  /**
   * Answers load balancer (ELB) health checks with HTTP 503 from the start, while its own health check (if any)
   * passes: its targets become unhealthy ({@code Target.ResponseCodeMismatch}) and a service replaces the task
   * ("Task failed ELB health checks"). Script it per image ({@code behaviourOfImage("web:3", ..)}) or per task
   * definition revision ({@code behaviour("web:3", "app", ..)}) to make a bad release fail its deployment.
   *
   * @return the behaviour
   * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html">Health
   *     checks for Application Load Balancer target groups</a>
   */
  public static ContainerBehaviour failsLoadBalancerHealthChecks() {
    return DEFAULT.withTargetResponseCode(503);
  }

  /**
   * Answers Service Connect requests with {@code status} after {@code latency} (a slow or failing dependency, as its
   * callers see it through their proxies); runs as the default otherwise.
   *
   * @param status an HTTP status code, 100-599
   * @param latency how long each answer takes
   * @return the behaviour
   * @see <a href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html">Service
   *     Connect components</a>
   */
  public static ContainerBehaviour answersRequests(int status, Duration latency) {
    return DEFAULT.withRequestAnswer(status, latency);
  }

  /**
   * Refuses the connections of Service Connect requests (a process that does not listen on its port): the proxy
   * retries another task and counts the failure for outlier detection.
   *
   * @return the behaviour
   */
  public static ContainerBehaviour refusesConnections() {
    return DEFAULT.withRequestAnswer(new ServiceAnswer(ServiceAnswer.CONNECTION_FAILED, Duration.ZERO));
  }

  // ---------------------------------------------------------------- with…

  /**
   * This behaviour, answering Service Connect requests with {@code status} after {@code latency}.
   *
   * @param status an HTTP status code, 100-599
   * @param latency how long each answer takes, not negative
   * @return a copy with that answer
   */
  public ContainerBehaviour withRequestAnswer(int status, Duration latency) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("request status must be an HTTP status code, 100-599; got " + status);
    }
    requireTime("request latency", latency);
    return withRequestAnswer(new ServiceAnswer(status, latency));
  }

  private ContainerBehaviour withRequestAnswer(ServiceAnswer answer) {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, startFailure, startFailureExitCode,
        exitTime, exitCode, healthyAfter, unhealthyAfter, outOfMemoryTime, shutdownTime,
        shutdownExitCode, cpuUse, memoryUse, targetResponseCode, errorPercent, errorStatusCode, responseTime, answer);
  }

  /**
   * This behaviour, answering load balancer health checks with {@code statusCode}: they fail unless the target
   * group's matcher (200 by default) accepts it.
   *
   * @param statusCode an HTTP status code, 100-599
   * @return a copy with that answer
   */
  public ContainerBehaviour withTargetResponseCode(int statusCode) {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, startFailure, startFailureExitCode,
        exitTime, exitCode, healthyAfter, unhealthyAfter, outOfMemoryTime, shutdownTime,
        shutdownExitCode, cpuUse, memoryUse, Optional.of(statusCode), errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, answering {@code percent} of the requests a load balancer routes to it with {@code statusCode}
   * ("revision 2 answers 5 % of requests with 503"): the target group's {@code HTTPCode_Target_5XX_Count} (for a
   * 5xx code) that a deployment's CloudWatch alarm can watch. Each target answers every {@code 100 / percent}-th
   * request so, the share exact and the same for a seed.
   *
   * @param percent the share of requests answered so, 0-100
   * @param statusCode an HTTP status code, 100-599
   * @return a copy with those answers
   */
  public ContainerBehaviour withErrorResponses(double percent, int statusCode) {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, startFailure, startFailureExitCode,
        exitTime, exitCode, healthyAfter, unhealthyAfter, outOfMemoryTime, shutdownTime,
        shutdownExitCode, cpuUse, memoryUse, targetResponseCode, percent, statusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, taking {@code time} to answer each request a load balancer routes to it (the target group's
   * {@code TargetResponseTime}).
   *
   * @param time the response time, not negative
   * @return a copy with that response time
   */
  public ContainerBehaviour withResponseTime(Duration time) {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, startFailure, startFailureExitCode,
        exitTime, exitCode, healthyAfter, unhealthyAfter, outOfMemoryTime, shutdownTime,
        shutdownExitCode, cpuUse, memoryUse, targetResponseCode, errorPercent, errorStatusCode, time, requestAnswer);
  }

  /**
   * This behaviour, exiting by itself with {@code code} this long after start.
   *
   * @param time how long after the start it exits
   * @param code the exit code
   * @return a copy with that exit
   */
  public ContainerBehaviour withExitAfter(Duration time, int code) {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, startFailure, startFailureExitCode,
        given(time, "exit time"), code, healthyAfter, unhealthyAfter, outOfMemoryTime, shutdownTime,
        shutdownExitCode, cpuUse, memoryUse, targetResponseCode, errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, never exiting by itself.
   *
   * @return a copy without an exit of its own
   */
  public ContainerBehaviour withoutExit() {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, startFailure, startFailureExitCode,
        Optional.empty(), 0, healthyAfter, unhealthyAfter, outOfMemoryTime, shutdownTime,
        shutdownExitCode, cpuUse, memoryUse, targetResponseCode, errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, its health check failing until this long after start.
   *
   * @param time how long after the start the health check starts to pass
   * @return a copy with that health check
   */
  public ContainerBehaviour withHealthyAfter(Duration time) {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, startFailure, startFailureExitCode,
        exitTime, exitCode, time, unhealthyAfter, outOfMemoryTime, shutdownTime, shutdownExitCode,
        cpuUse, memoryUse, targetResponseCode, errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, its health check failing from this long after start on.
   *
   * @param time how long after the start the health check starts to fail
   * @return a copy with that health check
   */
  public ContainerBehaviour withUnhealthyAfter(Duration time) {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, startFailure, startFailureExitCode,
        exitTime, exitCode, healthyAfter, given(time, "unhealthy after"), outOfMemoryTime, shutdownTime,
        shutdownExitCode, cpuUse, memoryUse, targetResponseCode, errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, its health check always failing.
   *
   * @return a copy with that health check
   */
  public ContainerBehaviour withNeverHealthy() {
    return withUnhealthyAfter(Duration.ZERO);
  }

  /**
   * This behaviour, running this long after the start request.
   *
   * @param time the time from the start request until the container runs
   * @return a copy with that start time
   */
  public ContainerBehaviour withStartTime(Duration time) {
    return new ContainerBehaviour(pullTime, pullFailure, time, startFailure, startFailureExitCode,
        exitTime, exitCode, healthyAfter, unhealthyAfter, outOfMemoryTime, shutdownTime,
        shutdownExitCode, cpuUse, memoryUse, targetResponseCode, errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, its image pull taking this long.
   *
   * @param time the pull time
   * @return a copy with that pull time
   */
  public ContainerBehaviour withPullTime(Duration time) {
    return new ContainerBehaviour(time, pullFailure, startTime, startFailure, startFailureExitCode,
        exitTime, exitCode, healthyAfter, unhealthyAfter, outOfMemoryTime, shutdownTime,
        shutdownExitCode, cpuUse, memoryUse, targetResponseCode, errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, its image pull failing (after the pull time) for {@code reason}.
   *
   * @param reason what the stopped reason says after {@code CannotPullContainerError:}
   * @return a copy with that pull failure
   */
  public ContainerBehaviour withPullFailure(String reason) {
    return new ContainerBehaviour(pullTime, given(reason, "pull failure"), startTime, startFailure,
        startFailureExitCode, exitTime, exitCode, healthyAfter, unhealthyAfter, outOfMemoryTime,
        shutdownTime, shutdownExitCode, cpuUse, memoryUse, targetResponseCode, errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, failing to start (after the start time) with code 128 for {@code reason}.
   *
   * @param reason what the stopped reason says after {@code CannotStartContainerError:}
   * @return a copy with that start failure
   */
  public ContainerBehaviour withStartFailure(String reason) {
    return withStartFailure(reason, ExitCodes.START_FAILURE);
  }

  /**
   * This behaviour, failing to start (after the start time) with {@code code} for {@code reason}.
   *
   * @param reason what the stopped reason says after {@code CannotStartContainerError:}
   * @param code the exit code
   * @return a copy with that start failure
   */
  public ContainerBehaviour withStartFailure(String reason, int code) {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, given(reason, "start failure"), code,
        exitTime, exitCode, healthyAfter, unhealthyAfter, outOfMemoryTime, shutdownTime,
        shutdownExitCode, cpuUse, memoryUse, targetResponseCode, errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, ignoring SIGTERM.
   *
   * @return a copy that ignores SIGTERM
   */
  public ContainerBehaviour withSigtermIgnored() {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, startFailure, startFailureExitCode,
        exitTime, exitCode, healthyAfter, unhealthyAfter, outOfMemoryTime, Optional.empty(),
        ExitCodes.SIGKILL, cpuUse, memoryUse, targetResponseCode, errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, exiting with code 0 this long after SIGTERM.
   *
   * @param time how long the shutdown takes after SIGTERM
   * @return a copy with that shutdown
   */
  public ContainerBehaviour withShutdownTime(Duration time) {
    return withShutdownTime(time, 0);
  }

  /**
   * This behaviour, exiting with {@code code} this long after SIGTERM.
   *
   * @param time how long the shutdown takes after SIGTERM
   * @param code the exit code after the shutdown
   * @return a copy with that shutdown
   */
  public ContainerBehaviour withShutdownTime(Duration time, int code) {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, startFailure, startFailureExitCode,
        exitTime, exitCode, healthyAfter, unhealthyAfter, outOfMemoryTime, given(time, "shutdown time"), code,
        cpuUse, memoryUse, targetResponseCode, errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, OOM-killed this long after start.
   *
   * @param time how long after the start it is killed
   * @return a copy with that kill
   */
  public ContainerBehaviour withOutOfMemoryAfter(Duration time) {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, startFailure, startFailureExitCode,
        exitTime, exitCode, healthyAfter, unhealthyAfter, given(time, "out of memory time"), shutdownTime,
        shutdownExitCode, cpuUse, memoryUse, targetResponseCode, errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, using this fraction of its CPU reservation.
   *
   * @param fractionOfReservation the fraction, e.g. 0.75 for 75 %; may exceed 1
   * @return a copy with that CPU use
   */
  public ContainerBehaviour withCpuUse(double fractionOfReservation) {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, startFailure, startFailureExitCode,
        exitTime, exitCode, healthyAfter, unhealthyAfter, outOfMemoryTime, shutdownTime,
        shutdownExitCode, fractionOfReservation, memoryUse, targetResponseCode, errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  /**
   * This behaviour, using this fraction of its memory reservation.
   *
   * @param fractionOfReservation the fraction, e.g. 0.75 for 75 %; may exceed 1
   * @return a copy with that memory use
   */
  public ContainerBehaviour withMemoryUse(double fractionOfReservation) {
    return new ContainerBehaviour(pullTime, pullFailure, startTime, startFailure, startFailureExitCode,
        exitTime, exitCode, healthyAfter, unhealthyAfter, outOfMemoryTime, shutdownTime,
        shutdownExitCode, cpuUse, fractionOfReservation, targetResponseCode, errorPercent, errorStatusCode, responseTime, requestAnswer);
  }

  // ---------------------------------------------------------------- derived

  /**
   * Whether the health check passes {@code sinceStart} after the container started.
   *
   * @param sinceStart the time since the container started
   * @return true when it passes then
   */
  public boolean healthCheckPassesAt(Duration sinceStart) {
    return sinceStart.compareTo(healthyAfter) >= 0
        && unhealthyAfter.map(failsFrom -> sinceStart.compareTo(failsFrom) < 0).orElse(true);
  }

  /**
   * Whether the container exits on SIGTERM (otherwise only SIGKILL ends it).
   *
   * @return true when SIGTERM ends it
   */
  public boolean handlesSigterm() {
    return shutdownTime.isPresent();
  }

  /**
   * The chain of factory and {@code with…} calls that builds this value, defaults left out, e.g. {@code
   * runsUntilStopped().withPullTime(5s).withSigtermIgnored()}.
   */
  @Override
  public String toString() {
    List<String> calls = new ArrayList<>();
    calls.add("runsUntilStopped()");
    if (!pullTime.equals(DEFAULT.pullTime)) {
      calls.add("withPullTime(" + DurationText.of(pullTime) + ")");
    }
    pullFailure.ifPresent(reason -> calls.add("withPullFailure(\"" + reason + "\")"));
    if (!startTime.equals(DEFAULT.startTime)) {
      calls.add("withStartTime(" + DurationText.of(startTime) + ")");
    }
    startFailure.ifPresent(reason -> calls.add(startFailureExitCode == ExitCodes.START_FAILURE
        ? "withStartFailure(\"" + reason + "\")"
        : "withStartFailure(\"" + reason + "\", " + startFailureExitCode + ")"));
    if (startFailure.isEmpty() && startFailureExitCode != ExitCodes.START_FAILURE) {
      calls.add("startFailureExitCode=" + startFailureExitCode);
    }
    exitTime.ifPresent(time -> calls.add("withExitAfter(" + DurationText.of(time) + ", " + exitCode + ")"));
    if (exitTime.isEmpty() && exitCode != 0) {
      calls.add("exitCode=" + exitCode);
    }
    if (!healthyAfter.isZero()) {
      calls.add("withHealthyAfter(" + DurationText.of(healthyAfter) + ")");
    }
    unhealthyAfter.ifPresent(time -> calls.add(time.isZero()
        ? "withNeverHealthy()" : "withUnhealthyAfter(" + DurationText.of(time) + ")"));
    outOfMemoryTime.ifPresent(time -> calls.add("withOutOfMemoryAfter(" + DurationText.of(time) + ")"));
    if (!shutdownTime.equals(DEFAULT.shutdownTime) || shutdownExitCode != DEFAULT.shutdownExitCode) {
      calls.add(shutdownTime
          .map(time -> "withShutdownTime(" + DurationText.of(time) + ", " + shutdownExitCode + ")")
          .orElse(shutdownExitCode == ExitCodes.SIGKILL
              ? "withSigtermIgnored()" : "withSigtermIgnored() shutdownExitCode=" + shutdownExitCode));
    }
    if (cpuUse != DEFAULT.cpuUse) {
      calls.add("withCpuUse(" + cpuUse + ")");
    }
    if (memoryUse != DEFAULT.memoryUse) {
      calls.add("withMemoryUse(" + memoryUse + ")");
    }
    targetResponseCode.ifPresent(code -> calls.add("withTargetResponseCode(" + code + ")"));
    if (errorPercent != 0 || errorStatusCode != DEFAULT.errorStatusCode) {
      calls.add("withErrorResponses(" + errorPercent + ", " + errorStatusCode + ")");
    }
    if (!responseTime.isZero()) {
      calls.add("withResponseTime(" + DurationText.of(responseTime) + ")");
    }
    if (!requestAnswer.equals(ServiceAnswer.OK)) {
      calls.add(requestAnswer.connectionFailed() ? "refusesConnections()"
          : "withRequestAnswer(" + requestAnswer.status() + ", " + DurationText.of(requestAnswer.latency()) + ")");
    }
    return String.join(".", calls);
  }

  // ---------------------------------------------------------------- validation

  private static <T> Optional<T> given(T value, String what) {
    return Optional.of(Objects.requireNonNull(value, what));
  }

  private static void requireTime(String what, Duration time) {
    Objects.requireNonNull(time, what);
    if (time.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative, was " + DurationText.of(time));
    }
  }

  private static void requireTime(String what, Optional<Duration> time) {
    Objects.requireNonNull(time, what);
    time.ifPresent(t -> requireTime(what, t));
  }

  private static void requireReason(String what, Optional<String> reason) {
    Objects.requireNonNull(reason, what);
    reason.ifPresent(text -> {
      if (text.isBlank()) {
        throw new IllegalArgumentException(what + " needs a reason, was blank");
      }
    });
  }

  private static void requireExitCode(String what, int code) {
    if (code < 0 || code > 255) {
      throw new IllegalArgumentException(what + " must be between 0 and 255, was " + code);
    }
  }

  private static void requireFraction(String what, double fraction) {
    if (!Double.isFinite(fraction) || fraction < 0) {
      throw new IllegalArgumentException(what + " must be a finite fraction of the reservation, 0 or more, was "
          + fraction);
    }
  }
}

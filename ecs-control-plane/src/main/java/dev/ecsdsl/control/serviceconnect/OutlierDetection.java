package dev.ecsdsl.control.serviceconnect;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Outlier detection of the Service Connect proxies ("the proxy performs round-robin load balancing, outlier
 * detection and retries", Service Connect components). ECS's numbers are not published: the simulation takes the
 * defaults of Envoy, on which the Service Connect agent is built (docs/SERVICE-CONNECT.md §1.3, assumption A3) — a
 * task is ejected after 5 consecutive 5xx answers or connection failures, for 30 seconds, and at most 10 % of an
 * endpoint's tasks (at least one) are ejected at a time.
 */
final class OutlierDetection {
  static final int CONSECUTIVE_FAILURES = 5;
  static final Duration EJECTION_TIME = Duration.ofSeconds(30);
  static final double MAX_EJECTION_PERCENT = 10;

  /** Per endpoint key, per task ARN: consecutive failures and the end of an ejection. */
  private final Map<String, Map<String, Host>> hosts = new HashMap<>();

  private static final class Host {
    int consecutiveFailures;
    Instant ejectedUntil = Instant.MIN;
  }

  /** Whether the task is ejected from the endpoint at {@code now}. */
  boolean isEjected(String endpoint, String taskArn, Instant now) {
    Host host = hosts.getOrDefault(endpoint, Map.of()).get(taskArn);
    return host != null && now.isBefore(host.ejectedUntil);
  }

  /**
   * Counts an answer of a task: a success resets its count, a failure may eject it when fewer than the
   * maximum share of the endpoint's {@code tasks} are ejected.
   */
  void record(String endpoint, String taskArn, boolean failure, List<String> tasks, Instant now) {
    Map<String, Host> ofEndpoint = hosts.computeIfAbsent(endpoint, e -> new HashMap<>());
    ofEndpoint.keySet().retainAll(tasks);
    Host host = ofEndpoint.computeIfAbsent(taskArn, t -> new Host());
    if (!failure) {
      host.consecutiveFailures = 0;
      return;
    }
    host.consecutiveFailures++;
    if (host.consecutiveFailures >= CONSECUTIVE_FAILURES && !now.isBefore(host.ejectedUntil)) {
      long ejected = ofEndpoint.values().stream().filter(h -> now.isBefore(h.ejectedUntil)).count();
      long allowed = Math.max(1, (long) Math.floor(tasks.size() * MAX_EJECTION_PERCENT / 100));
      if (ejected < allowed) {
        host.ejectedUntil = now.plus(EJECTION_TIME);
        host.consecutiveFailures = 0;
      }
    }
  }
}

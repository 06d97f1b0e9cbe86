package dev.ecsdsl.control.serviceconnect;

import dev.ecsdsl.runtime.MetricDatapoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Service Connect metrics of the proxies, one datapoint a minute, namespace {@code AWS/ECS}
 * (docs/SERVICE-CONNECT.md §1.5, assumption A8): per service and discovery name for the requests it received
 * (dimensions ClusterName, ServiceName, DiscoveryName) and per service and target discovery name for the requests
 * its tasks made (ClusterName, ServiceName, TargetDiscoveryName). A minute without requests has no datapoint; the
 * last day is kept.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/available-metrics.html">Amazon ECS
 *     CloudWatch metrics (Service Connect metrics)</a>
 */
public final class ServiceConnectMetrics {
  /** The metric names served, as CloudWatch names them. */
  public static final List<String> NAMES = List.of("RequestCount", "TargetResponseTime", "RequestCountPerTarget",
      "HTTPCode_Target_2XX_Count", "HTTPCode_Target_3XX_Count", "HTTPCode_Target_4XX_Count",
      "HTTPCode_Target_5XX_Count");
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final int KEPT = 24 * 60;

  private final Map<String, TreeMap<Instant, Bucket>> series = new HashMap<>();

  private static final class Bucket {
    long requests;
    long answered;
    double latencyMillis;
    final long[] classes = new long[6];
    final Set<String> targets = new HashSet<>();
  }

  ServiceConnectMetrics() {}

  /** Counts a request on the server side (the callee's endpoint) and the client side (the caller's service). */
  void record(Endpoint endpoint, String callerCluster, String callerService, String targetTaskArn, int status,
      Duration latency, Instant at) {
    String discovery = endpoint.discoveryName();
    add(key(endpoint.service().cluster().name(), endpoint.service().name(), "DiscoveryName", discovery), targetTaskArn,
        status, latency, at);
    add(key(callerCluster, callerService, "TargetDiscoveryName", discovery), targetTaskArn, status, latency, at);
  }

  private void add(String key, String target, int status, Duration latency, Instant at) {
    TreeMap<Instant, Bucket> points = series.computeIfAbsent(key, k -> new TreeMap<>());
    Bucket bucket = points.computeIfAbsent(minuteEnd(at), m -> new Bucket());
    bucket.requests++;
    if (status != 0) {
      bucket.answered++;
      bucket.latencyMillis += latency.toNanos() / 1e6;
      bucket.classes[status / 100]++;
      bucket.targets.add(target);
    }
    while (points.size() > KEPT) {
      points.pollFirstEntry();
    }
  }

  /**
   * The datapoints of a metric, oldest first.
   *
   * @param cluster the service's cluster name
   * @param service the service's name
   * @param dimension {@code DiscoveryName} (requests received) or {@code TargetDiscoveryName} (requests made)
   * @param discoveryName the dimension's value
   * @param metric one of {@link #NAMES}
   * @return one datapoint per minute with requests
   */
  public List<MetricDatapoint> datapoints(String cluster, String service, String dimension, String discoveryName,
      String metric) {
    if (!NAMES.contains(metric)) {
      throw new IllegalArgumentException("Service Connect has no metric " + metric + "; it has " + NAMES);
    }
    List<MetricDatapoint> points = new ArrayList<>();
    series.getOrDefault(key(cluster, service, dimension, discoveryName), new TreeMap<>()).forEach((at, b) -> {
      Double value = switch (metric) {
        case "RequestCount" -> (double) b.requests;
        case "TargetResponseTime" -> b.answered == 0 ? null : b.latencyMillis / b.answered;
        case "RequestCountPerTarget" -> b.targets.isEmpty() ? null : (double) b.answered / b.targets.size();
        default -> (double) b.classes[metric.charAt("HTTPCode_Target_".length()) - '0'];
      };
      if (value != null) {
        points.add(new MetricDatapoint(at, value));
      }
    });
    return points;
  }

  private static String key(String cluster, String service, String dimension, String discoveryName) {
    return cluster + "\u0000" + service + "\u0000" + dimension + "\u0000" + discoveryName;
  }

  private static Instant minuteEnd(Instant at) {
    long seconds = at.getEpochSecond();
    return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, 60)).plus(MINUTE);
  }
}

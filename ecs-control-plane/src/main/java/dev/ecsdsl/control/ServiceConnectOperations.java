package dev.ecsdsl.control;

import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.Clusters;
import dev.ecsdsl.control.serviceconnect.EndpointRegistry;
import dev.ecsdsl.control.serviceconnect.ServiceConnectMetrics;
import dev.ecsdsl.control.serviceconnect.ServiceConnectRouter;
import dev.ecsdsl.control.services.ServiceRecord;
import dev.ecsdsl.control.services.ServiceScheduler;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.control.tasks.TaskStore;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.MetricDatapoint;
import dev.ecsdsl.runtime.ServiceConnectCall;
import dev.ecsdsl.runtime.TaskStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Service Connect as the runtimes answer it: requests from a task or a service to a client alias
 * ({@link ServiceConnectRouter}), the services of a namespace (ListServicesByNamespace) and the Service Connect
 * metrics.
 */
public final class ServiceConnectOperations {
  /** The most requests one call may make. */
  public static final int MAX_COUNT = 100_000;

  private final DeployedEnvironment environment;
  private final Clusters clusters;
  private final TaskStore tasks;
  private final ServiceScheduler scheduler;
  private final EndpointRegistry registry;
  private final ServiceConnectRouter router;

  ServiceConnectOperations(DeployedEnvironment environment, Clusters clusters, TaskStore tasks,
      ServiceScheduler scheduler, EndpointRegistry registry, ServiceConnectRouter router) {
    this.environment = environment;
    this.clusters = clusters;
    this.tasks = tasks;
    this.scheduler = scheduler;
    this.registry = registry;
    this.router = router;
  }

  /**
   * Requests from a task, or from a service's RUNNING tasks in turn, to a URL through their Service Connect proxy.
   *
   * @param cluster the caller's cluster
   * @param task the calling task's ARN or id, or empty with {@code service}
   * @param service the calling service's name or ARN, or empty with {@code task}
   * @param url {@code http://host[:port][/path]}
   * @param count how many requests, 0 to {@value #MAX_COUNT}
   * @return every request's outcome, in order
   */
  public List<ServiceConnectCall> callFrom(String cluster, Optional<String> task, Optional<String> service,
      String url, int count) {
    environment.require();
    if (count < 0 || count > MAX_COUNT) {
      throw EcsException.invalidParameter("count must be 0 to " + MAX_COUNT + ", was " + count + ".");
    }
    URI target = parse(url);
    ClusterRecord record = clusters.require(cluster);
    List<TaskRecord> callers;
    ServiceRecord callerService;
    if (task.isPresent()) {
      TaskRecord caller = tasks.find(record, task.get()).orElseThrow(() -> EcsException.invalidParameter(
          "The referenced task " + task.get() + " was not found in cluster " + record.name() + "."));
      callerService = scheduler.ownerOf(caller).orElseThrow(() -> EcsException.invalidParameter("Task "
          + caller.taskId() + " was not started by a service: only the tasks that Amazon ECS services create are "
          + "supported with Service Connect."));
      if (caller.lastStatus() != TaskStatus.RUNNING) {
        throw EcsException.invalidParameter("Task " + caller.taskId() + " is " + caller.lastStatus()
            + "; only a RUNNING task makes requests.");
      }
      callers = List.of(caller);
    } else {
      String name = service.get().substring(service.get().lastIndexOf('/') + 1);
      callerService = scheduler.service(record, name).orElseThrow(() -> EcsException.invalidParameter(
          "Service " + service.get() + " was not found in cluster " + record.name() + "."));
      callers = registry.runningTasks(callerService);
      if (callers.isEmpty() && count > 0) {
        throw EcsException.invalidParameter("Service " + callerService.name() + " has no RUNNING task to make"
            + " requests from.");
      }
    }
    String namespace = registry.namespaceOf(callerService).orElseThrow(() -> EcsException.invalidParameter(
        "Service " + callerService.name() + " has no Service Connect configuration: its tasks have no Service "
            + "Connect proxy to reach a client alias."));
    String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    int port = target.getPort() < 0 ? 80 : target.getPort();
    List<ServiceConnectCall> calls = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      calls.add(router.call(callers.get(i % callers.size()), callerService, namespace, target.getHost(), port, path));
    }
    return calls;
  }

  private static URI parse(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw EcsException.invalidParameter("url " + url + " is not a URL: " + e.getReason() + ".");
    }
    if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      throw EcsException.invalidParameter("url " + url + " must be http://<dnsName>[:<port>][/<path>]: the "
          + "application calls the proxy in plain HTTP (with tls the proxies encrypt between them).");
    }
    return uri;
  }

  /**
   * ListServicesByNamespace: the ARNs of the services of every cluster that joined the namespace.
   *
   * @param namespace the namespace's name or ARN
   * @return the service ARNs
   */
  public List<String> listServicesByNamespace(String namespace) {
    environment.require();
    String name = environment.get().namespace(namespace).map(n -> n.name()).orElse(namespace);
    return registry.servicesIn(name).stream().map(ServiceRecord::arn).toList();
  }

  /**
   * A Service Connect metric's datapoints.
   *
   * @param cluster the service's cluster
   * @param service the service's name
   * @param dimension {@code DiscoveryName} (requests received) or {@code TargetDiscoveryName} (requests made)
   * @param discoveryName the dimension's value
   * @param metric one of {@link ServiceConnectMetrics#NAMES}
   * @return one datapoint per minute with requests, oldest first
   */
  public List<MetricDatapoint> metricData(String cluster, String service, String dimension, String discoveryName,
      String metric) {
    environment.require();
    ServiceRecord record = scheduler.service(clusters.require(cluster), service).orElseThrow(() ->
        EcsException.invalidParameter("Service " + service + " was not found in cluster " + cluster + "."));
    return router.metrics().datapoints(record.cluster().name(), record.name(), dimension, discoveryName, metric);
  }
}

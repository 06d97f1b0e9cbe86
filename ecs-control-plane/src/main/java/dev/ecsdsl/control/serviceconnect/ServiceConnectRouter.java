package dev.ecsdsl.control.serviceconnect;

import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.agent.ServiceAnswer;
import dev.ecsdsl.control.agent.ServiceRequest;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.services.ServiceRecord;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.TimeoutConfiguration;
import dev.ecsdsl.runtime.ServiceConnectCall;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Service Connect proxy of a client task does with a request to a client alias: resolves the alias in the
 * task's namespace, picks a task of the endpoint round-robin (outliers ejected, the caller's zone first), forwards
 * the request to its container (the agent answers for it), retries a failed connection once on another task, and
 * applies the endpoint's timeouts. The only writer of the proxies' state: round-robin positions, outlier counts and
 * the metrics.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html">Service
 *     Connect components</a>
 */
public final class ServiceConnectRouter {
  /** The per-request timeout when the endpoint sets none (Envoy's route default; assumption A5). */
  static final Duration DEFAULT_PER_REQUEST_TIMEOUT = Duration.ofSeconds(15);
  /** The idle timeout of HTTP, HTTP/2 and gRPC endpoints when unset (API reference, TimeoutConfiguration). */
  static final Duration DEFAULT_HTTP_IDLE_TIMEOUT = Duration.ofMinutes(5);
  /** The idle timeout of TCP endpoints when unset (API reference, TimeoutConfiguration). */
  static final Duration DEFAULT_TCP_IDLE_TIMEOUT = Duration.ofHours(1);
  /** How many tasks a request tries: the first, and one retry after a failed connection (assumption A4). */
  static final int ATTEMPTS = 2;

  private final EndpointRegistry registry;
  private final Agent agent;
  private final EventLoop loop;
  private final OutlierDetection outliers = new OutlierDetection();
  private final ServiceConnectMetrics metrics = new ServiceConnectMetrics();
  /** Per caller task ARN, per endpoint key: the next round-robin position. */
  private final Map<String, Map<String, Integer>> cursors = new HashMap<>();

  /**
   * The proxies of a control plane.
   *
   * @param registry the endpoints
   * @param agent the agent that answers for the callee containers
   * @param loop the loop whose clock stamps the requests
   */
  public ServiceConnectRouter(EndpointRegistry registry, Agent agent, EventLoop loop) {
    this.registry = registry;
    this.agent = agent;
    this.loop = loop;
  }

  /** {@return the Service Connect metrics recorded so far} */
  public ServiceConnectMetrics metrics() {
    return metrics;
  }

  /**
   * Forgets what the proxies kept for a task that stopped (its round-robin positions).
   *
   * @param task the stopped task
   */
  public void taskStopped(TaskRecord task) {
    cursors.remove(task.arn());
  }

  /**
   * One request from a RUNNING task of a service with Service Connect.
   *
   * @param caller the calling task
   * @param callerService its service
   * @param namespace the caller's namespace
   * @param host the host called
   * @param port the port called
   * @param path the path called
   * @return what the caller got
   */
  public ServiceConnectCall call(TaskRecord caller, ServiceRecord callerService, String namespace, String host,
      int port, String path) {
    Optional<Endpoint> resolved = registry.resolve(namespace, host, port)
        .filter(e -> visibleTo(e, caller));
    if (resolved.isEmpty()) {
      return new ServiceConnectCall(caller.arn(), Optional.empty(), 0, Duration.ZERO, 0,
          Optional.of("could not resolve host " + host + ":" + port + " in namespace " + namespace));
    }
    Endpoint endpoint = resolved.get();
    Instant now = loop.now();
    List<TaskRecord> healthy = registry.healthyTasks(endpoint);
    List<String> healthyArns = healthy.stream().map(TaskRecord::arn).toList();
    List<TaskRecord> tried = new ArrayList<>();
    ServiceConnectCall result = null;
    for (int attempt = 1; attempt <= ATTEMPTS && result == null; attempt++) {
      Optional<TaskRecord> target = pick(caller, endpoint, healthy, tried, now);
      if (target.isEmpty()) {
        result = tried.isEmpty()
            ? new ServiceConnectCall(caller.arn(), Optional.empty(), 503, Duration.ZERO, 0,
                Optional.of("no healthy upstream: " + endpoint.discoveryName() + " has no task that takes requests"))
            : failedConnection(caller, tried);
        break;
      }
      tried.add(target.get());
      Duration timeout = timeout(endpoint, target.get());
      ServiceAnswer answer = forward(endpoint, target.get(), path, timeout);
      if (answer.connectionFailed()) {
        outliers.record(endpoint.key(), target.get().arn(), true, healthyArns, now);
        if (attempt == ATTEMPTS) {
          result = failedConnection(caller, tried);
        }
        continue;
      }
      // The proxy gives up at the timeout: an answer that takes that long or longer is a 504.
      boolean timedOut = !timeout.isZero() && answer.latency().compareTo(timeout) >= 0;
      int status = timedOut ? 504 : answer.status();
      outliers.record(endpoint.key(), target.get().arn(), status >= 500, healthyArns, now);
      result = new ServiceConnectCall(caller.arn(), Optional.of(target.get().arn()), status,
          timedOut ? timeout : answer.latency(), attempt, Optional.empty());
    }
    metrics.record(endpoint, callerService.cluster().name(), callerService.name(),
        result.targetTaskArn().orElse(""), result.status(), result.latency(), now);
    return result;
  }

  /**
   * "Existing tasks can't resolve and connect to the new endpoint. Only new tasks ... that start running after this
   * deployment can resolve and connect to this endpoint" (Service Connect components, deployment order): an endpoint
   * is visible to a client task that started after the service offering it was created.
   */
  private static boolean visibleTo(Endpoint endpoint, TaskRecord caller) {
    return caller.startedAt().map(started -> started.isAfter(endpoint.service().createdAt())).orElse(false);
  }

  private ServiceConnectCall failedConnection(TaskRecord caller, List<TaskRecord> tried) {
    return new ServiceConnectCall(caller.arn(), Optional.of(tried.get(tried.size() - 1).arn()), 503, Duration.ZERO,
        tried.size(), Optional.of("upstream connect error or disconnect/reset before headers"));
  }

  /**
   * The next task round-robin among the endpoint's tasks that are not ejected and not tried yet, preferring the
   * caller's Availability Zone when it has one (assumption A6); when outlier detection ejected every task, the
   * proxy routes to all of them (Envoy's panic mode).
   */
  private Optional<TaskRecord> pick(TaskRecord caller, Endpoint endpoint, List<TaskRecord> healthy,
      List<TaskRecord> tried, Instant now) {
    List<TaskRecord> untried = healthy.stream().filter(t -> !tried.contains(t)).toList();
    List<TaskRecord> candidates = untried.stream()
        .filter(t -> !outliers.isEjected(endpoint.key(), t.arn(), now)).toList();
    if (candidates.isEmpty()) {
      candidates = untried;
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    String zone = caller.launch().availabilityZone();
    List<TaskRecord> sameZone = candidates.stream().filter(t -> t.launch().availabilityZone().equals(zone)).toList();
    if (!sameZone.isEmpty()) {
      candidates = sameZone;
    }
    Map<String, Integer> ofCaller = cursors.computeIfAbsent(caller.arn(), c -> new HashMap<>());
    int position = ofCaller.getOrDefault(endpoint.key(), 0);
    ofCaller.put(endpoint.key(), position + 1);
    return Optional.of(candidates.get(Math.floorMod(position, candidates.size())));
  }

  private ServiceAnswer forward(Endpoint endpoint, TaskRecord target, String path, Duration timeout) {
    for (ContainerDefinition container : target.launch().taskDefinition().containerDefinitions()) {
      for (PortMapping mapping : container.portMappings()) {
        if (mapping.name().filter(endpoint.configuration().portName()::equals).isPresent()) {
          return agent.answer(new ServiceRequest(target.arn(), container.name(), mapping.containerPort().orElse(0),
              path, timeout));
        }
      }
    }
    // Validation requires the port name in the task definition; a revision deployed without it answers nothing.
    return new ServiceAnswer(ServiceAnswer.CONNECTION_FAILED, Duration.ZERO);
  }

  /**
   * How long the proxy waits for an answer: {@code perRequestTimeoutSeconds} (only with an {@code appProtocol};
   * 15 s when unset), cut short by {@code idleTimeoutSeconds} when that is shorter ("If idleTimeout is set to a time
   * that is less than perRequestTimeout, the connection will close when the idleTimeout is reached and not the
   * perRequestTimeout", API reference, TimeoutConfiguration); 0 turns either off. Zero: no timeout.
   */
  private static Duration timeout(Endpoint endpoint, TaskRecord target) {
    boolean http = target.launch().taskDefinition().containerDefinitions().stream()
        .flatMap(c -> c.portMappings().stream())
        .filter(m -> m.name().filter(endpoint.configuration().portName()::equals).isPresent())
        .anyMatch(m -> m.appProtocol().isPresent());
    Optional<TimeoutConfiguration> configured = endpoint.configuration().timeout();
    Duration perRequest = !http ? Duration.ZERO : configured.flatMap(TimeoutConfiguration::perRequestTimeoutSeconds)
        .map(s -> Duration.ofSeconds(s)).orElse(DEFAULT_PER_REQUEST_TIMEOUT);
    Duration idle = configured.flatMap(TimeoutConfiguration::idleTimeoutSeconds).map(s -> Duration.ofSeconds(s))
        .orElse(http ? DEFAULT_HTTP_IDLE_TIMEOUT : DEFAULT_TCP_IDLE_TIMEOUT);
    if (perRequest.isZero()) {
      return idle;
    }
    return idle.isZero() || perRequest.compareTo(idle) <= 0 ? perRequest : idle;
  }
}

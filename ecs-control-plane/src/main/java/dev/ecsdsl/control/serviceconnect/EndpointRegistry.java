package dev.ecsdsl.control.serviceconnect;

import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.Clusters;
import dev.ecsdsl.control.services.ServiceRecord;
import dev.ecsdsl.control.services.ServiceScheduler;
import dev.ecsdsl.control.services.ServiceStatus;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.control.tasks.TaskStore;
import dev.ecsdsl.model.CloudMapNamespace;
import dev.ecsdsl.model.ClusterServiceConnectDefaults;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.ServiceConnectConfiguration;
import dev.ecsdsl.model.ServiceConnectService;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Service Connect endpoints of the namespaces, read from what owns them: the services' configurations (the
 * service scheduler's records) and their tasks (the task store). It holds no state of its own, so a task that
 * starts stopping leaves every endpoint at once — before its containers get SIGTERM (docs/SERVICE-CONNECT.md
 * §1.4, assumption A7), which is why a rolling deployment of a callee loses no call.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts-deploy.html">
 *     Service Connect components: deployment order</a>
 */
public final class EndpointRegistry {
  private final Clusters clusters;
  private final ServiceScheduler scheduler;
  private final TaskStore tasks;
  private final Supplier<Environment> environment;

  /**
   * The registry over the control plane's clusters, services and tasks.
   *
   * @param clusters the clusters
   * @param scheduler the services
   * @param tasks the tasks
   * @param environment the deployed description (namespaces, cluster defaults)
   */
  public EndpointRegistry(Clusters clusters, ServiceScheduler scheduler, TaskStore tasks,
      Supplier<Environment> environment) {
    this.clusters = clusters;
    this.scheduler = scheduler;
    this.tasks = tasks;
    this.environment = environment;
  }

  /**
   * The namespace a service joins: its configuration's {@code namespace}, else its cluster's
   * {@code serviceConnectDefaults} (ClusterServiceConnectDefaultsRequest: "the namespace that's used when you create
   * a service and don't specify a Service Connect configuration"), by the namespace's name; empty when Service
   * Connect is not enabled.
   *
   * @param service the service
   * @return the namespace's name
   */
  public Optional<String> namespaceOf(ServiceRecord service) {
    Optional<ServiceConnectConfiguration> configuration = service.service().serviceConnectConfiguration()
        .filter(ServiceConnectConfiguration::enabled);
    if (configuration.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> reference = configuration.get().namespace()
        .or(() -> service.cluster().description().serviceConnectDefaults()
            .map(ClusterServiceConnectDefaults::namespace));
    return reference.map(r -> environment.get().namespace(r).map(CloudMapNamespace::name).orElse(r));
  }

  /**
   * {@return the ACTIVE services of every cluster whose Service Connect configuration joins the namespace,
   * client-only ones included ("Tasks can connect to services across all of the clusters in the namespace")}
   *
   * @param namespace the namespace's name
   */
  public List<ServiceRecord> servicesIn(String namespace) {
    List<ServiceRecord> found = new ArrayList<>();
    for (ClusterRecord cluster : clusters.all()) {
      for (ServiceRecord service : scheduler.services(cluster)) {
        if (service.status() == ServiceStatus.ACTIVE && namespaceOf(service).filter(namespace::equals).isPresent()) {
          found.add(service);
        }
      }
    }
    return found;
  }

  /**
   * {@return the endpoints of a namespace: one per {@code services[]} entry of its client-server services}
   *
   * @param namespace the namespace's name
   */
  public List<Endpoint> endpoints(String namespace) {
    List<Endpoint> found = new ArrayList<>();
    for (ServiceRecord service : servicesIn(namespace)) {
      for (ServiceConnectService entry : service.service().serviceConnectConfiguration().orElseThrow().services()) {
        found.add(new Endpoint(namespace, service, entry));
      }
    }
    return found;
  }

  /**
   * {@return the endpoint a client of the namespace reaches at {@code host:port}, if any}
   *
   * @param namespace the client's namespace
   * @param host the host called
   * @param port the port called
   */
  public Optional<Endpoint> resolve(String namespace, String host, int port) {
    return endpoints(namespace).stream().filter(e -> e.answers(host, port)).findFirst();
  }

  /**
   * The endpoint's tasks that take requests, oldest first: RUNNING, still meant to run (a task that started stopping
   * was deregistered at DEACTIVATING), its agent reachable, and healthy by its container health checks when it has
   * any. During a deployment these are tasks of every revision still running, so new connections go to whichever
   * tasks run ("If a client-server service is updated, new connections from clients will be balanced between the
   * tasks of the new version" once the old ones stopped; Service Connect components, deployment order).
   *
   * @param endpoint the endpoint
   * @return its tasks that take requests
   */
  public List<TaskRecord> healthyTasks(Endpoint endpoint) {
    List<TaskRecord> healthy = new ArrayList<>();
    for (TaskRecord task : tasks.runningOf(endpoint.service().arn())) {
      if (task.lastStatus() == TaskStatus.RUNNING && task.agentReachable()
          && task.health() != HealthStatus.UNHEALTHY && (!task.hasHealthCheck() || task.health() == HealthStatus.HEALTHY)) {
        healthy.add(task);
      }
    }
    return healthy;
  }

  /**
   * {@return the tasks of a service that take part in Service Connect, oldest first (RUNNING, still meant to run)}
   *
   * @param service the service
   */
  public List<TaskRecord> runningTasks(ServiceRecord service) {
    return tasks.runningOf(service.arn()).stream().filter(t -> t.lastStatus() == TaskStatus.RUNNING).toList();
  }
}

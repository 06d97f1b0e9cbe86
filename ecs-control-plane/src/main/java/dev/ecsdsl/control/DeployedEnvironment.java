package dev.ecsdsl.control;

import dev.ecsdsl.control.taskdefinitions.TaskDefinitionRegistry;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Service;

/**
 * The deployed description as the API has changed it since (clusters and services created), with the task
 * definitions the {@link TaskDefinitionRegistry} holds: what {@code environment()} shows. The registry, not this
 * description, is where revisions live; the description is rebuilt from it when asked after a registration.
 */
final class DeployedEnvironment {
  private final TaskDefinitionRegistry registry;
  private Environment description;
  private Environment withRevisions;

  DeployedEnvironment(TaskDefinitionRegistry registry) {
    this.registry = registry;
  }

  boolean isDeployed() {
    return description != null;
  }

  void deploy(Environment deployed) {
    if (description != null) {
      throw new IllegalStateException("an environment is already deployed: " + description.name());
    }
    description = deployed;
    withRevisions = null;
  }

  /** Throws before anything is deployed: every operation but deploy needs a description. */
  void require() {
    if (description == null) {
      throw new IllegalStateException("nothing deployed yet: call deploy(environment) first");
    }
  }

  /** The description now; throws before anything is deployed. */
  Environment get() {
    require();
    if (withRevisions == null) {
      withRevisions = Environment.builder().from(description).taskDefinitions(registry.definitions()).build();
    }
    return withRevisions;
  }

  /** A task definition was registered or deregistered. */
  void revisionsChanged() {
    withRevisions = null;
  }

  void addCluster(Cluster cluster) {
    if (get().cluster(cluster.clusterName()).isEmpty()) {
      description = Environment.builder().from(description).addClusters(cluster).build();
      withRevisions = null;
    }
  }

  /**
   * A service the control plane forgot (INACTIVE for an hour): its description goes too — the oldest one of that
   * name when a newer service has the name again, else every one.
   */
  void forgetService(String cluster, String name, boolean newerExists) {
    java.util.List<Service> kept = new java.util.ArrayList<>(description.services());
    for (int i = 0; i < kept.size(); i++) {
      Service s = kept.get(i);
      if (s.serviceName().equals(name) && s.clusterOrDefault().equals(cluster)) {
        kept.remove(i--);
        if (newerExists) {
          break;
        }
      }
    }
    description = Environment.builder().from(description).services(kept).build();
    withRevisions = null;
  }

  void addService(Service service) {
    description = Environment.builder().from(description).addServices(service).build();
    withRevisions = null;
  }
}

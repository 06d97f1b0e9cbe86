package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ListAndDescribe;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** CreateCluster, DescribeClusters, DeleteCluster and ListClusters. */
final class ClusterOperations {
  private final EcsRuntime runtime;

  ClusterOperations(EcsRuntime runtime) {
    this.runtime = runtime;
  }

  void addTo(Map<String, Function<Request, ObjectNode>> handlers) {
    handlers.put("CreateCluster", this::createCluster);
    handlers.put("DescribeClusters", this::describeClusters);
    handlers.put("DeleteCluster", r -> {
      String cluster = r.references().cluster(r.requiredString("cluster"));
      return Shapes.object().set("cluster", Shapes.cluster(runtime.ecs().deleteCluster(q -> q.cluster(cluster))
          .cluster()));
    });
    handlers.put("ListClusters", r -> Pages.of(r, "clusterArns", ListAndDescribe.clusters(runtime.ecs()).stream()
        .map(ClusterDescription::clusterArn).toList(), Pages.Size.HUNDRED));
  }

  private ObjectNode createCluster(Request r) {
    String name = References.newName("Cluster", "clusterName", r.string("clusterName").orElse("default"));
    List<Tag> tags = r.values("tags", Tag.class);
    List<String> providers = r.strings("capacityProviders");
    List<CapacityProviderStrategyItem> strategy = r.values("defaultCapacityProviderStrategy",
        CapacityProviderStrategyItem.class);
    boolean existed = ListAndDescribe.clusters(runtime.ecs()).stream().anyMatch(c -> c.clusterName().equals(name));
    if (!existed) {
      checkNewClusterProviders(name, providers, strategy);
    }
    ClusterDescription cluster = runtime.ecs().createCluster(q -> q.clusterName(name).tags(tags)).cluster();
    if (!providers.isEmpty() || !strategy.isEmpty()) {
      try {
        cluster = runtime.ecs().putClusterCapacityProviders(q -> q.cluster(name).capacityProviders(providers)
            .defaultCapacityProviderStrategy(strategy)).cluster();
      } catch (EcsException e) {
        // CreateCluster with bad capacity providers makes no cluster: take back the one just made.
        if (!existed) {
          runtime.ecs().deleteCluster(q -> q.cluster(name));
        }
        throw e;
      }
    }
    return Shapes.object().set("cluster", Shapes.cluster(cluster));
  }

  /**
   * A new cluster has no instance groups, so only Fargate's providers can be its; refused before the cluster is
   * made, with the texts PutClusterCapacityProviders gives, so that a refused CreateCluster leaves no trace.
   */
  private void checkNewClusterProviders(String name, List<String> providers,
      List<CapacityProviderStrategyItem> strategy) {
    Map<String, CapacityProvider> known = new java.util.HashMap<>();
    runtime.ecs().describeCapacityProviders(q -> { }).capacityProviders().forEach(p -> known.put(p.name(), p));
    for (String provider : providers) {
      CapacityProvider found = known.get(provider);
      if (found == null) {
        throw EcsException.invalidParameter("The specified capacity provider " + provider + " does not exist.");
      }
      if (found.type() == CapacityProviderType.AUTO_SCALING_GROUP) {
        throw EcsException.invalidParameter("The capacity provider " + provider + " scales instance group "
            + found.autoScalingGroup().orElse("?") + ", which is not in cluster " + name + ".");
      }
    }
    for (CapacityProviderStrategyItem item : strategy) {
      if (!providers.contains(item.capacityProvider())) {
        throw EcsException.invalidParameter("The default capacity provider strategy names "
            + item.capacityProvider() + ", which is not one of the cluster's capacity providers " + providers + ".");
      }
    }
    if (strategy.stream().filter(i -> i.base().filter(b -> b > 0).isPresent()).count() > 1) {
      throw EcsException.invalidParameter("Only one capacity provider in a strategy can have a base.");
    }
  }

  private ObjectNode describeClusters(Request r) {
    List<String> names = r.strings("clusters");
    References refs = r.references();
    return Describe.each(names.isEmpty() ? List.of("default") : names, "clusters",
        reference -> Describe.tagged(r, runtime, Shapes.cluster(Lookups.cluster(runtime, refs.cluster(reference))),
            "clusterArn"),
        e -> true, reference -> refs.arnOr(reference, refs::clusterArn));
  }
}

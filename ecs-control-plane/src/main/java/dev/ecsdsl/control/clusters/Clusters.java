package dev.ecsdsl.control.clusters;

import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.runtime.ClusterNotFoundException;
import dev.ecsdsl.runtime.EcsException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The clusters of a control plane by name: what the description deploys, CreateCluster adds and DeleteCluster removes. */
public final class Clusters {
  private final Map<String, ClusterRecord> byName = new LinkedHashMap<>();

  /** No cluster yet. */
  public Clusters() {}

  /**
   * Adds a cluster with no instance yet.
   *
   * @param cluster its description
   * @param arn its ARN
   * @return the new cluster
   */
  public ClusterRecord add(Cluster cluster, String arn) {
    if (byName.containsKey(cluster.clusterName())) {
      throw new IllegalStateException("cluster " + cluster.clusterName() + " exists already");
    }
    ClusterRecord record = new ClusterRecord(cluster, arn);
    byName.put(cluster.clusterName(), record);
    return record;
  }

  /**
   * {@return the cluster a name or ARN designates}
   *
   * @param reference the cluster's name or ARN
   */
  public Optional<ClusterRecord> find(String reference) {
    return Optional.ofNullable(byName.get(Arns.name(reference)));
  }

  /**
   * The cluster a name or ARN designates.
   *
   * @param reference the cluster's name or ARN
   * @return the cluster
   * @throws ClusterNotFoundException when there is none ("Cluster not found.")
   */
  public ClusterRecord require(String reference) {
    return find(reference).orElseThrow(() -> EcsException.clusterNotFound(reference));
  }

  /**
   * DeleteCluster: the cluster is gone (CreateCluster makes it anew, empty).
   *
   * @param cluster the cluster
   */
  public void remove(ClusterRecord cluster) {
    byName.remove(cluster.name(), cluster);
  }

  /** {@return every cluster, in the order they were made} */
  public Collection<ClusterRecord> all() {
    return Collections.unmodifiableCollection(byName.values());
  }
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A cluster's Service Connect default: the namespace that services of the cluster join when their configuration
 * names none. ECS API: {@code ClusterServiceConnectDefaults} (and {@code ClusterServiceConnectDefaultsRequest}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClusterServiceConnectDefaults.class)
@JsonDeserialize(as = ImmutableClusterServiceConnectDefaults.class)
public interface ClusterServiceConnectDefaults {
  /** {@return the Cloud Map namespace, by name or ARN} */
  String namespace();

  /**
   * {@return the defaults naming that namespace}
   *
   * @param namespace the Cloud Map namespace's name or ARN
   */
  static ClusterServiceConnectDefaults of(String namespace) {
    return builder().namespace(namespace).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ClusterServiceConnectDefaults}. */
  class Builder extends ImmutableClusterServiceConnectDefaults.Builder {}
}

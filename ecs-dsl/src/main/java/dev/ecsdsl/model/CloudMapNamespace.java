package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An AWS Cloud Map namespace that Service Connect services join: an HTTP namespace (what ECS creates for Service
 * Connect) or a private DNS namespace (associated with a VPC). Cloud Map API: {@code Namespace}. Service Connect
 * uses neither DNS nor Route 53 for its names: the type of namespace does not change how Service Connect works.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCloudMapNamespace.class)
@JsonDeserialize(as = ImmutableCloudMapNamespace.class)
public interface CloudMapNamespace {
  /** {@return the namespace's name, e.g. {@code internal} or {@code shop.local}} */
  String name();

  /** {@return HTTP or DNS_PRIVATE} */
  CloudMapNamespaceType type();

  /** {@return the namespace id, {@code ns-} and 16 characters; made up from the name when unset} */
  Optional<String> id();

  /**
   * {@return the owning account, when the namespace is shared from another account; the environment's account when
   * unset}
   */
  Optional<String> accountId();

  /** {@return the namespace's region; the environment's region when unset} */
  Optional<String> region();

  /** {@return for DNS_PRIVATE: the VPC the namespace is associated with} */
  Optional<String> vpc();

  /** {@return the description} */
  Optional<String> description();

  /** {@return the tags} */
  List<Tag> tags();

  /** {@return the namespace id: the given one, or {@code ns-} and 16 characters derived from the name} */
  default String idOrDefault() {
    return id().orElseGet(() -> {
      long hash = 0xcbf29ce484222325L;
      for (char c : name().toCharArray()) {
        hash = (hash ^ c) * 0x100000001b3L;
      }
      return "ns-" + String.format("%016x", hash);
    });
  }

  /**
   * {@return the namespace ARN: {@code arn:aws:servicediscovery:<region>:<account>:namespace/<id>}}
   *
   * @param defaultRegion the environment's region, for a namespace without its own
   * @param defaultAccountId the environment's account, for a namespace without its own
   */
  default String arn(String defaultRegion, String defaultAccountId) {
    return "arn:aws:servicediscovery:" + region().orElse(defaultRegion) + ":" + accountId().orElse(defaultAccountId)
        + ":namespace/" + idOrDefault();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CloudMapNamespace}. */
  class Builder extends ImmutableCloudMapNamespace.Builder {}
}

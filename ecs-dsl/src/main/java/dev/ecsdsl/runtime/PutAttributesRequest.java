package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The input of PutAttributes: custom attributes of container instances (at most 10 per instance, names not
 * starting with {@code ecs.}); all or nothing. ECS API: {@code PutAttributesRequest}.
 */
@Value.Immutable
public interface PutAttributesRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the attributes, each naming its target container instance} */
  List<Attribute> attributes();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PutAttributesRequest}. */
  class Builder extends ImmutablePutAttributesRequest.Builder {
    /**
     * Sets attributes, as the AWS SDK's builders do.
     *
     * @param attributes the attributes, each naming its target container instance
     * @return this builder
     */
    public final Builder attributes(Attribute... attributes) {
      return attributes(java.util.Arrays.asList(attributes));
    }
  }
}

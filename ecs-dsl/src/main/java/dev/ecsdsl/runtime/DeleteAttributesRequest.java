package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The input of DeleteAttributes: custom attributes to remove; all or nothing. ECS API: {@code
 * DeleteAttributesRequest}.
 */
@Value.Immutable
public interface DeleteAttributesRequest {
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

  /** Builder for {@link DeleteAttributesRequest}. */
  class Builder extends ImmutableDeleteAttributesRequest.Builder {
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

package dev.ecsdsl.runtime;

import dev.ecsdsl.model.Tag;
import java.util.List;
import org.immutables.value.Value;

/**
 * The input of TagResource: tags added to a cluster, service, task definition revision or task, replacing the
 * values of keys already there. ECS API: {@code TagResourceRequest}.
 */
@Value.Immutable
public interface TagResourceRequest {
  /** {@return the resource's ARN} */
  String resourceArn();

  /** {@return the tags to add or overwrite} */
  List<Tag> tags();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TagResourceRequest}. */
  class Builder extends ImmutableTagResourceRequest.Builder {
    /**
     * Sets tags, as the AWS SDK's builders do.
     *
     * @param tags the tags to add or overwrite
     * @return this builder
     */
    public final Builder tags(Tag... tags) {
      return tags(java.util.Arrays.asList(tags));
    }
  }
}

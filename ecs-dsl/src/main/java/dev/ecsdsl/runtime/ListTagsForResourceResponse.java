package dev.ecsdsl.runtime;

import dev.ecsdsl.model.Tag;
import java.util.List;
import org.immutables.value.Value;

/**
 * The output of ListTagsForResource. ECS API: {@code ListTagsForResourceResponse}.
 */
@Value.Immutable
public interface ListTagsForResourceResponse {
  /** {@return the resource's tags, in the order they were added} */
  List<Tag> tags();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListTagsForResourceResponse}. */
  class Builder extends ImmutableListTagsForResourceResponse.Builder {}
}

package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The input of UntagResource. ECS API: {@code UntagResourceRequest}.
 */
@Value.Immutable
public interface UntagResourceRequest {
  /** {@return the resource's ARN} */
  String resourceArn();

  /** {@return the keys of the tags to remove (keys not there are ignored)} */
  List<String> tagKeys();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link UntagResourceRequest}. */
  class Builder extends ImmutableUntagResourceRequest.Builder {
    /**
     * Sets tagKeys, as the AWS SDK's builders do.
     *
     * @param tagKeys the keys of the tags to remove (keys not there are ignored)
     * @return this builder
     */
    public final Builder tagKeys(String... tagKeys) {
      return tagKeys(java.util.Arrays.asList(tagKeys));
    }
  }
}

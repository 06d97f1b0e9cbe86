package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of PutAttributes. ECS API: {@code PutAttributesResponse}.
 */
@Value.Immutable
public interface PutAttributesResponse {
  /** {@return the attributes as put, with the targets' ARNs} */
  List<Attribute> attributes();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PutAttributesResponse}. */
  class Builder extends ImmutablePutAttributesResponse.Builder {}
}

package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of DeleteAttributes. ECS API: {@code DeleteAttributesResponse}.
 */
@Value.Immutable
public interface DeleteAttributesResponse {
  /** {@return the attributes removed} */
  List<Attribute> attributes();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeleteAttributesResponse}. */
  class Builder extends ImmutableDeleteAttributesResponse.Builder {}
}

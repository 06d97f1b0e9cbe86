package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of ListServices. ECS API: {@code ListServicesResponse}.
 */
@Value.Immutable
public interface ListServicesResponse {
  /** {@return the ARNs of the cluster's services (not INACTIVE ones), in the order they were created} */
  List<String> serviceArns();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListServicesResponse}. */
  class Builder extends ImmutableListServicesResponse.Builder {}
}

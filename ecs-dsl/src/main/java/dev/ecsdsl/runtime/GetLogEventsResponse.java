package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of GetLogEvents. CloudWatch Logs API: {@code GetLogEventsResponse}.
 */
@Value.Immutable
public interface GetLogEventsResponse {
  /** {@return the lines the container wrote to stdout and stderr, oldest first (kept after the task stops)} */
  List<String> messages();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link GetLogEventsResponse}. */
  class Builder extends ImmutableGetLogEventsResponse.Builder {}
}

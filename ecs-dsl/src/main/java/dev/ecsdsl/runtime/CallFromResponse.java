package dev.ecsdsl.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/** The outcome of {@link ServiceConnectApi#callFrom(CallFromRequest)}: every request, in the order made. */
@Value.Immutable
public interface CallFromResponse {
  /** {@return every request's outcome, in the order made} */
  List<ServiceConnectCall> calls();

  /** {@return how many requests got a 2xx answer} */
  default int succeeded() {
    return (int) calls().stream().filter(ServiceConnectCall::succeeded).count();
  }

  /** {@return how many requests got no 2xx answer (an error status or none)} */
  default int failed() {
    return calls().size() - succeeded();
  }

  /** {@return how many requests each callee task answered, by task ARN, in the order first answered} */
  default Map<String, Integer> perTask() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ServiceConnectCall call : calls()) {
      call.targetTaskArn().filter(t -> call.status() != 0).ifPresent(t -> counts.merge(t, 1, Integer::sum));
    }
    return counts;
  }

  /** {@return how many requests got each status (0: no HTTP answer), by status} */
  default Map<Integer, Integer> statusCounts() {
    Map<Integer, Integer> counts = new TreeMap<>();
    calls().forEach(call -> counts.merge(call.status(), 1, Integer::sum));
    return counts;
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CallFromResponse}. */
  class Builder extends ImmutableCallFromResponse.Builder {}
}

package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Health check of a target group (or a Classic Load Balancer). ELB defaults for HTTP target groups: interval
 * 30 s, timeout 5 s, healthy threshold 5, unhealthy threshold 2, path /, success codes 200.
 */
@Value.Immutable
public interface TargetGroupHealthCheck {
  /** {@return the HTTP path that must answer with a success code} */
  @Value.Default
  default String path() {
    return "/";
  }

  /** {@return the protocol of the check; the target group's when unset} */
  Optional<ElbProtocol> protocol();

  /** {@return the port of the check; the target's traffic port when unset} */
  Optional<Integer> port();

  /** {@return seconds between checks (5–300)} */
  @Value.Default
  default int intervalSeconds() {
    return 30;
  }

  /** {@return seconds without a response before a check fails (2–120, less than the interval)} */
  @Value.Default
  default int timeoutSeconds() {
    return 5;
  }

  /** {@return the consecutive successes before an unhealthy target is healthy (2–10)} */
  @Value.Default
  default int healthyThresholdCount() {
    return 5;
  }

  /** {@return the consecutive failures before a healthy target is unhealthy (2–10)} */
  @Value.Default
  default int unhealthyThresholdCount() {
    return 2;
  }

  /** {@return the HTTP success codes, e.g. {@code 200} or {@code 200-299}} */
  @Value.Default
  default String matcher() {
    return "200";
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TargetGroupHealthCheck}. */
  class Builder extends ImmutableTargetGroupHealthCheck.Builder {}
}

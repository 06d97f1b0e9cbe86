package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule of an ALB listener: requests matching every condition given (path patterns, host headers, with
 * {@code *} and {@code ?} wildcards) go to the target group. Rules are evaluated by priority, lowest first.
 */
@Value.Immutable
public interface ListenerRule {
  /** {@return the priority, 1–50000, unique within the listener} */
  int priority();

  /** {@return the path patterns, e.g. {@code /api/*}} */
  List<String> pathPatterns();

  /** {@return the host headers, e.g. {@code api.example.com}} */
  List<String> hostHeaders();

  /** {@return the target group name the matching requests are forwarded to} */
  String targetGroup();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListenerRule}. */
  class Builder extends ImmutableListenerRule.Builder {}
}

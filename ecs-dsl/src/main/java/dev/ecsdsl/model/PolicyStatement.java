package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A statement of an IAM policy: Effect, Action (with {@code *} and {@code ?} wildcards) and Resource. */
@Value.Immutable
public interface PolicyStatement {
  /** {@return the optional statement id} */
  Optional<String> sid();

  /** {@return the effect: allow or deny} */
  Effect effect();

  /** {@return the actions, such as {@code s3:GetObject} or {@code s3:*}} */
  List<String> actions();

  /** {@return the resource ARNs, wildcards allowed; {@code *} when empty} */
  List<String> resources();

  /**
   * {@return an Allow statement}
   *
   * @param actions actions, such as {@code s3:GetObject} (wildcards allowed)
   * @param resources resource ARNs (wildcards allowed)
   */
  static PolicyStatement allow(List<String> actions, List<String> resources) {
    return builder().effect(Effect.ALLOW).actions(actions).resources(resources).build();
  }

  /**
   * {@return a Deny statement}
   *
   * @param actions actions, such as {@code s3:GetObject} (wildcards allowed)
   * @param resources resource ARNs (wildcards allowed)
   */
  static PolicyStatement deny(List<String> actions, List<String> resources) {
    return builder().effect(Effect.DENY).actions(actions).resources(resources).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PolicyStatement}. */
  class Builder extends ImmutablePolicyStatement.Builder {}
}

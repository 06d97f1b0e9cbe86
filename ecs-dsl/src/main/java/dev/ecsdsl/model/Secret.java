package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A secret exposed to a container as an environment variable (or a log driver option). {@code valueFrom}
 * is the ARN or name of a Secrets Manager secret or an SSM parameter. ECS API: {@code Secret}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSecret.class)
@JsonDeserialize(as = ImmutableSecret.class)
public interface Secret {
  /** {@return the environment variable the value is exposed as} */
  @Value.Parameter
  String name();

  /**
   * {@return the Secrets Manager secret or SSM parameter: full ARN, or the name when it lives in the same
   * region and account}
   */
  @Value.Parameter
  String valueFrom();

  /**
   * {@return a secret}
   *
   * @param name name of the environment variable the container sees
   * @param valueFrom ARN of the Secrets Manager secret or SSM parameter
   */
  static Secret of(String name, String valueFrom) {
    return ImmutableSecret.of(name, valueFrom);
  }
}

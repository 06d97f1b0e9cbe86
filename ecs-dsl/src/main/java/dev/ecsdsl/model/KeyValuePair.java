package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A name/value pair, as in a container's {@code environment} or a {@code dockerLabel}. ECS API: {@code KeyValuePair}. */
@Value.Immutable
@JsonSerialize(as = ImmutableKeyValuePair.class)
@JsonDeserialize(as = ImmutableKeyValuePair.class)
public interface KeyValuePair {
  /** {@return the variable's name} */
  @Value.Parameter
  String name();

  /** {@return the variable's value; may be empty} */
  @Value.Parameter
  String value();

  /**
   * {@return a pair}
   *
   * @param name the variable's name
   * @param value its value
   */
  static KeyValuePair of(String name, String value) {
    return ImmutableKeyValuePair.of(name, value);
  }
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A key/value tag. ECS API: {@code Tag}. */
@Value.Immutable
@JsonSerialize(as = ImmutableTag.class)
@JsonDeserialize(as = ImmutableTag.class)
public interface Tag {
  /** {@return the tag key (1–128 characters)} */
  @Value.Parameter
  String key();

  /** {@return the tag value (0–256 characters)} */
  @Value.Parameter
  String value();

  /**
   * {@return a tag}
   *
   * @param key the tag's key
   * @param value the tag's value
   */
  static Tag of(String key, String value) {
    return ImmutableTag.of(key, value);
  }
}

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
  /** Tag key (1–128 characters). */
  @Value.Parameter
  String key();

  /** Tag value (0–256 characters). */
  @Value.Parameter
  String value();

  /** A tag. */
  static Tag of(String key, String value) {
    return ImmutableTag.of(key, value);
  }
}

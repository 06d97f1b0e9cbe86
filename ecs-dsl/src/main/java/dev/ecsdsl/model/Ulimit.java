package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A resource limit of a container. ECS API: {@code Ulimit}. */
@Value.Immutable
@JsonSerialize(as = ImmutableUlimit.class)
@JsonDeserialize(as = ImmutableUlimit.class)
public interface Ulimit {
  /** {@return the limit's name, e.g. {@code nofile}} */
  String name();

  /** {@return the soft limit} */
  int softLimit();

  /** {@return the hard limit} */
  int hardLimit();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Ulimit}. */
  class Builder extends ImmutableUlimit.Builder {}
}

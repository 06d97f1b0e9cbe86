package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A file of environment variables in S3. ECS API: {@code EnvironmentFile}. */
@Value.Immutable
@JsonSerialize(as = ImmutableEnvironmentFile.class)
@JsonDeserialize(as = ImmutableEnvironmentFile.class)
public interface EnvironmentFile {
  /** {@return the ARN of the S3 object} */
  String value();

  /** {@return the file's location type: only {@code s3}} */
  String type();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EnvironmentFile}. */
  class Builder extends ImmutableEnvironmentFile.Builder {}
}

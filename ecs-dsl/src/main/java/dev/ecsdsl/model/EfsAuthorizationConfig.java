package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** How a task authenticates to EFS. ECS API: {@code EFSAuthorizationConfig}. */
@Value.Immutable
@JsonSerialize(as = ImmutableEfsAuthorizationConfig.class)
@JsonDeserialize(as = ImmutableEfsAuthorizationConfig.class)
public interface EfsAuthorizationConfig {
  /**
   * {@return the EFS access point; requires transit encryption, and the volume's rootDirectory must be / or
   * unset}
   */
  Optional<String> accessPointId();

  /**
   * {@return {@code ENABLED} to use the task role for EFS IAM authorization (requires transit encryption)}
   */
  Optional<String> iam();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EfsAuthorizationConfig}. */
  class Builder extends ImmutableEfsAuthorizationConfig.Builder {}
}

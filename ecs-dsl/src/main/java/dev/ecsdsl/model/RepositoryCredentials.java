package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Private registry credentials of a container image. ECS API: {@code RepositoryCredentials}. */
@Value.Immutable
@JsonSerialize(as = ImmutableRepositoryCredentials.class)
@JsonDeserialize(as = ImmutableRepositoryCredentials.class)
public interface RepositoryCredentials {
  /** {@return the ARN of the Secrets Manager secret holding the credentials} */
  String credentialsParameter();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RepositoryCredentials}. */
  class Builder extends ImmutableRepositoryCredentials.Builder {}
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An Amazon EFS file system mounted as a task volume. ECS API: {@code EFSVolumeConfiguration}. */
@Value.Immutable
@JsonSerialize(as = ImmutableEfsVolumeConfiguration.class)
@JsonDeserialize(as = ImmutableEfsVolumeConfiguration.class)
public interface EfsVolumeConfiguration {
  /** {@return the file system, e.g. {@code fs-12345678}} */
  String fileSystemId();

  /** {@return the directory of the file system mounted as the volume's root; / when unset} */
  Optional<String> rootDirectory();

  /** {@return {@code ENABLED} or {@code DISABLED} (default)} */
  Optional<String> transitEncryption();

  /** {@return the port for encrypted traffic between the host and EFS} */
  Optional<Integer> transitEncryptionPort();

  /** {@return the access point and IAM authorization} */
  Optional<EfsAuthorizationConfig> authorizationConfig();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EfsVolumeConfiguration}. */
  class Builder extends ImmutableEfsVolumeConfiguration.Builder {}
}

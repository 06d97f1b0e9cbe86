package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An FSx for Windows File Server volume (Windows on EC2 only). ECS API: {@code FSxWindowsFileServerVolumeConfiguration}. */
@Value.Immutable
@JsonSerialize(as = ImmutableFsxWindowsFileServerVolumeConfiguration.class)
@JsonDeserialize(as = ImmutableFsxWindowsFileServerVolumeConfiguration.class)
public interface FsxWindowsFileServerVolumeConfiguration {
  /** {@return the file system} */
  String fileSystemId();

  /** {@return the directory mounted as the volume's root} */
  String rootDirectory();

  /** {@return the credentials (a secret or parameter ARN) and the Active Directory domain} */
  FsxWindowsFileServerAuthorizationConfig authorizationConfig();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link FsxWindowsFileServerVolumeConfiguration}. */
  class Builder extends ImmutableFsxWindowsFileServerVolumeConfiguration.Builder {}
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * How a task authenticates to an FSx for Windows File Server file system. ECS API:
 * {@code FSxWindowsFileServerAuthorizationConfig}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFsxWindowsFileServerAuthorizationConfig.class)
@JsonDeserialize(as = ImmutableFsxWindowsFileServerAuthorizationConfig.class)
public interface FsxWindowsFileServerAuthorizationConfig {
  /** {@return the ARN of the Secrets Manager secret or Systems Manager parameter holding the credentials} */
  String credentialsParameter();

  /** {@return fully qualified domain name of the self-managed or AWS Managed Microsoft AD directory} */
  String domain();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link FsxWindowsFileServerAuthorizationConfig}. */
  class Builder extends ImmutableFsxWindowsFileServerAuthorizationConfig.Builder {}
}

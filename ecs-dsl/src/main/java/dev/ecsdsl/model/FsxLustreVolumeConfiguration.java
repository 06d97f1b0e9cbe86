package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An attempt to mount FSx for Lustre as a task volume. <b>Not an ECS field</b>: ECS task definitions do not
 * support FSx for Lustre; kept so validation can reject it with the reason and the fix (EFS, or FSx for
 * Windows File Server on Windows).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFsxLustreVolumeConfiguration.class)
@JsonDeserialize(as = ImmutableFsxLustreVolumeConfiguration.class)
public interface FsxLustreVolumeConfiguration {
  /** {@return the file system} */
  String fileSystemId();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link FsxLustreVolumeConfiguration}. */
  class Builder extends ImmutableFsxLustreVolumeConfiguration.Builder {}
}

package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An Amazon EFS file system, shared by every task that mounts it, in every zone with a mount target. */
@Value.Immutable
public interface EfsFileSystem {
  /** {@return the file system id, e.g. {@code fs-shared}} */
  String fileSystemId();

  /**
   * {@return the subnets with a mount target; a task can mount the file system only in their zones} Empty:
   * every subnet.
   */
  List<String> mountTargetSubnets();

  /** {@return the access points} */
  List<EfsAccessPoint> accessPoints();

  /** {@return whether the file system only accepts encrypted (TLS) mounts, via a file system policy} */
  Optional<Boolean> requireTransitEncryption();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EfsFileSystem}. */
  class Builder extends ImmutableEfsFileSystem.Builder {}
}

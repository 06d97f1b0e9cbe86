package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An EFS access point: an application entry into a file system with its own root directory. */
@Value.Immutable
public interface EfsAccessPoint {
  /** {@return the access point id, e.g. {@code fsap-0123}} */
  String accessPointId();

  /** {@return the directory of the file system this access point exposes as /; / when unset} */
  Optional<String> rootDirectory();

  /** {@return the POSIX user id enforced for all access} */
  Optional<Integer> posixUid();

  /** {@return the POSIX group id enforced for all access} */
  Optional<Integer> posixGid();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EfsAccessPoint}. */
  class Builder extends ImmutableEfsAccessPoint.Builder {}
}

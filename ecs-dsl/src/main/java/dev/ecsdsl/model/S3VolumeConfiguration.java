package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An attempt to mount an S3 bucket as a task volume. <b>Not an ECS field</b>: ECS cannot mount S3, and this
 * type exists so that a description (or a JSON file with {@code s3VolumeConfiguration}) can say what a team
 * tried and validation can reject it with the reason and the fix (read S3 through the SDK with a task role).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableS3VolumeConfiguration.class)
@JsonDeserialize(as = ImmutableS3VolumeConfiguration.class)
public interface S3VolumeConfiguration {
  /** {@return the bucket} */
  String bucketName();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link S3VolumeConfiguration}. */
  class Builder extends ImmutableS3VolumeConfiguration.Builder {}
}

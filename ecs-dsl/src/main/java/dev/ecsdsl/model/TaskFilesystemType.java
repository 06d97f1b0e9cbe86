package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The filesystem of an ECS-managed EBS volume. ECS API: {@code TaskFilesystemType}.
 */
public enum TaskFilesystemType {
  /** ext3 (Linux). */
  @JsonProperty("ext3") EXT3,
  /** ext4 (Linux). */
  @JsonProperty("ext4") EXT4,
  /** xfs (Linux; the default). */
  @JsonProperty("xfs") XFS,
  /** NTFS (Windows). */
  @JsonProperty("ntfs") NTFS;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}

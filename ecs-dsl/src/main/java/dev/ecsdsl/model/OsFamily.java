package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Operating system family of a task's runtime platform. ECS API: {@code OSFamily}, every value of
 * <a href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RuntimePlatform.html">RuntimePlatform</a>.
 * The simulation treats every Windows Server family alike.
 */
public enum OsFamily {
  /** Linux. */
  @JsonProperty("LINUX") LINUX,
  /** Windows Server 2019 Full. */
  @JsonProperty("WINDOWS_SERVER_2019_FULL") WINDOWS_SERVER_2019_FULL,
  /** Windows Server 2019 Core. */
  @JsonProperty("WINDOWS_SERVER_2019_CORE") WINDOWS_SERVER_2019_CORE,
  /** Windows Server 2022 Full. */
  @JsonProperty("WINDOWS_SERVER_2022_FULL") WINDOWS_SERVER_2022_FULL,
  /** Windows Server 2022 Core. */
  @JsonProperty("WINDOWS_SERVER_2022_CORE") WINDOWS_SERVER_2022_CORE,
  /** Windows Server 2016 Full (EC2 only). */
  @JsonProperty("WINDOWS_SERVER_2016_FULL") WINDOWS_SERVER_2016_FULL,
  /** Windows Server 2004 Core (EC2 only). */
  @JsonProperty("WINDOWS_SERVER_2004_CORE") WINDOWS_SERVER_2004_CORE,
  /** Windows Server 20H2 Core (EC2 only). */
  @JsonProperty("WINDOWS_SERVER_20H2_CORE") WINDOWS_SERVER_20H2_CORE,
  /** Windows Server 2025 Core. */
  @JsonProperty("WINDOWS_SERVER_2025_CORE") WINDOWS_SERVER_2025_CORE,
  /** Windows Server 2025 Full. */
  @JsonProperty("WINDOWS_SERVER_2025_FULL") WINDOWS_SERVER_2025_FULL;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Operating system family of a task's runtime platform. ECS API: {@code OSFamily} (the Linux/Windows subset). */
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
  @JsonProperty("WINDOWS_SERVER_2022_CORE") WINDOWS_SERVER_2022_CORE;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}

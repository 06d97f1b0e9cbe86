package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** CPU architecture of a task's runtime platform or an instance type. ECS API: {@code CPUArchitecture}. */
public enum CpuArchitecture {
  /** x86-64 (Intel, AMD). */
  @JsonProperty("X86_64") X86_64,
  /** 64-bit ARM (Graviton). */
  @JsonProperty("ARM64") ARM64;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}

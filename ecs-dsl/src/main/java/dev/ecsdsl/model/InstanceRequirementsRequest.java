package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The attributes the EC2 instance types of a Managed Instances capacity provider must have; ECS chooses among the
 * matching types. ECS API: {@code InstanceRequirementsRequest} (the members ecs-dsl holds; the others of the API
 * are dropped with a warning on import).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstanceRequirementsRequest.class)
@JsonDeserialize(as = ImmutableInstanceRequirementsRequest.class)
public interface InstanceRequirementsRequest {
  /** {@return the range of vCPUs} */
  VCpuCountRangeRequest vCpuCount();

  /** {@return the range of memory in MiB} */
  MemoryMiBRequest memoryMiB();

  /** {@return the CPU manufacturers allowed} */
  List<CpuManufacturer> cpuManufacturers();

  /** {@return the range of memory per vCPU in GiB} */
  Optional<MemoryGiBPerVCpuRequest> memoryGiBPerVCpu();

  /** {@return instance types (wildcards allowed, e.g. {@code m5.*}) never chosen} */
  List<String> excludedInstanceTypes();

  /** {@return current and/or previous generation types} */
  List<InstanceGeneration> instanceGenerations();

  /** {@return whether bare metal types are included, excluded or required} */
  Optional<BareMetal> bareMetal();

  /** {@return whether burstable (T) types are included, excluded or required} */
  Optional<BareMetal> burstablePerformance();

  /** {@return the only instance types (wildcards allowed) ECS may choose; not with excludedInstanceTypes} */
  List<String> allowedInstanceTypes();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link InstanceRequirementsRequest}. */
  class Builder extends ImmutableInstanceRequirementsRequest.Builder {}
}

package dev.ecsdsl.control.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.BareMetal;
import dev.ecsdsl.model.CpuManufacturer;
import dev.ecsdsl.model.InstanceRequirementsRequest;
import dev.ecsdsl.model.InstanceType;
import dev.ecsdsl.model.InstanceTypes;
import dev.ecsdsl.model.MemoryGiBPerVCpuRequest;
import dev.ecsdsl.model.MemoryMiBRequest;
import dev.ecsdsl.model.VCpuCountRangeRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The instance type Managed Instances launches (API reference, InstanceRequirementsRequest, which follows EC2's
 * attribute-based instance type selection; the pick among matches is assumption A12 of docs/SERVICE-CONNECT.md).
 */
class ManagedInstanceTypesTest {

  private static InstanceRequirementsRequest.Builder between(int minVcpus, int maxVcpus, int minMemoryMiB) {
    return InstanceRequirementsRequest.builder()
        .vCpuCount(VCpuCountRangeRequest.builder().min(minVcpus).max(maxVcpus).build())
        .memoryMiB(MemoryMiBRequest.builder().min(minMemoryMiB).build());
  }

  private static Optional<String> choose(InstanceRequirementsRequest.Builder requirements, int cpu, int memory) {
    return ManagedInstanceTypes.choose(Optional.of(requirements.build()), cpu, memory).map(InstanceType::name);
  }

  @Test
  void theCheapestMatchingTypeThatHoldsTheTaskIsChosen() {
    assertThat(choose(between(2, 2, 0), 1024, 1024)).as("c6g.large, the cheapest 2-vCPU type").contains("c6g.large");
    assertThat(choose(between(2, 2, 0), 1024, 6000)).as("6000 MiB needs an 8 GiB type").contains("m6g.large");
    assertThat(choose(between(2, 4, 0), 4096, 1024)).as("4096 CPU units need 4 vCPUs").contains("m6g.xlarge");
  }

  @Test
  void cpuManufacturersNarrowTheChoice() {
    assertThat(choose(between(2, 2, 0).addCpuManufacturer(CpuManufacturer.INTEL), 1024, 1024))
        .contains("c5.large");
    assertThat(choose(between(2, 2, 0).addCpuManufacturer(CpuManufacturer.AMD), 1024, 1024)).isEmpty();
  }

  @Test
  void allowedAndExcludedTypesTakeWildcards() {
    assertThat(choose(between(2, 2, 0).addAllowedInstanceType("m5.*"), 1024, 1024)).contains("m5.large");
    assertThat(choose(between(2, 2, 0).addExcludedInstanceTypes("c*", "m6g.*", "m7g.*"), 1024, 1024))
        .contains("m5.large");
  }

  @Test
  void memoryPerVcpuIsARange() {
    assertThat(choose(between(2, 2, 0).memoryGiBPerVCpu(MemoryGiBPerVCpuRequest.builder().min(8.0).build()),
        1024, 1024)).as("r5.large has 8 GiB per vCPU").contains("r5.large");
  }

  /** EC2's attribute-based selection: burstable performance types are excluded unless asked for. */
  @Test
  void burstableTypesOnlyWhenIncludedOrRequired() {
    assertThat(choose(between(2, 2, 0), 512, 512)).isNotEqualTo(Optional.of("t3.micro"));
    assertThat(choose(between(2, 2, 0).burstablePerformance(BareMetal.INCLUDED), 512, 512)).contains("t3.micro");
    assertThat(choose(between(2, 4, 0).burstablePerformance(BareMetal.REQUIRED), 1024, 6000)).contains("t3.large");
  }

  @Test
  void withoutRequirementsEveryTypeOfTheTableMatches() {
    assertThat(ManagedInstanceTypes.choose(Optional.empty(), 16384, 1024)).map(InstanceType::name)
        .contains("m5.4xlarge");
    assertThat(InstanceTypes.all()).anyMatch(t -> t.vcpus() == 16);
  }
}

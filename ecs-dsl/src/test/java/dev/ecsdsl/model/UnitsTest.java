package dev.ecsdsl.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

  @ParameterizedTest(name = "task cpu \"{0}\" is {1} CPU units")
  @CsvSource({"256, 256", "1024, 1024", "0.25 vCPU, 256", "1 vCPU, 1024", "2 vcpu, 2048", "16 vCPU, 16384",
      // RegisterTaskDefinition reads vCPU strings in any case and spacing, with a leading dot (issue 18's corpus)
      "'.25 vcpu', 256", "'.5 vCPU', 512", "'1vcpu', 1024", "'0.25 VCPU', 256", "'1. vCPU', 1024"})
  void readsTaskCpuAsEcsDoes(String cpu, int units) {
    assertThat(Units.cpuUnits(cpu)).contains(units);
  }

  @ParameterizedTest(name = "task memory \"{0}\" is {1} MiB")
  @CsvSource({"512, 512", "0.5 GB, 512", "1 GB, 1024", "2GB, 2048", "30 GB, 30720",
      "'.5 gb', 512", "'2 gb', 2048", "'1GB', 1024", "'.25GB', 256"})
  void readsTaskMemoryAsEcsDoes(String memory, int mib) {
    assertThat(Units.memoryMiB(memory)).contains(mib);
  }

  @Test
  void unreadableFiguresAreEmptyNotZero() {
    assertThat(Units.cpuUnits("a lot")).isEmpty();
    assertThat(Units.memoryMiB("1 TB")).isEmpty();
    assertThat(Units.cpuUnits("99999999999")).isEmpty();
    assertThat(Units.cpuUnits(". vCPU")).isEmpty();
    assertThat(Units.cpuUnits("999999999 vCPU")).as("more CPU units than an int holds").isEmpty();
    assertThat(Units.memoryMiB("1.2.3 GB")).isEmpty();
  }
}

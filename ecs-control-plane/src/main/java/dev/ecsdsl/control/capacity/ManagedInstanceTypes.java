package dev.ecsdsl.control.capacity;

import dev.ecsdsl.control.clusters.InstanceRegistrar;
import dev.ecsdsl.model.BareMetal;
import dev.ecsdsl.model.CpuArchitecture;
import dev.ecsdsl.model.CpuManufacturer;
import dev.ecsdsl.model.InstanceRequirementsRequest;
import dev.ecsdsl.model.InstanceType;
import dev.ecsdsl.model.InstanceTypes;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which instance type Amazon ECS Managed Instances launches: "Amazon ECS automatically selects the instances that
 * match the specified criteria" (API reference, InstanceLaunchTemplate and InstanceRequirementsRequest). ECS does
 * not document its pick among the matches; the simulation takes the cheapest type of {@link InstanceTypes} that
 * matches and can hold the waiting task, ties broken by fewer vCPUs, then less memory, then name
 * (docs/SERVICE-CONNECT.md, assumption A12).
 */
public final class ManagedInstanceTypes {
  private ManagedInstanceTypes() {}

  /**
   * {@return the type to launch for a task needing {@code cpu} units and {@code memory} MiB, if any matches}
   *
   * @param requirements the provider's instance requirements; empty: every type of the table matches
   * @param cpu CPU units the task needs
   * @param memory memory (MiB) the task needs
   */
  public static Optional<InstanceType> choose(Optional<InstanceRequirementsRequest> requirements, int cpu,
      int memory) {
    return InstanceTypes.all().stream()
        .filter(t -> requirements.map(r -> matches(r, t)).orElse(true))
        .filter(t -> t.cpuUnits() >= cpu && InstanceRegistrar.registeredMemory(t.memoryMiB()) >= memory)
        .min(Comparator.comparingDouble(InstanceType::onDemandHourlyUsd).thenComparingInt(InstanceType::vcpus)
            .thenComparingInt(InstanceType::memoryMiB).thenComparing(InstanceType::name));
  }

  /**
   * {@return whether the type meets the requirements} The vCPU and memory ranges (max absent: no limit), memory per
   * vCPU, allowed and excluded types (with {@code *} as a wildcard, as EC2 takes them), CPU manufacturers and
   * burstable performance (EC2's default for it: excluded) are checked; generations and bare metal are not (every
   * type of the table is a current generation, none is bare metal).
   *
   * @param r the requirements
   * @param type the instance type
   */
  public static boolean matches(InstanceRequirementsRequest r, InstanceType type) {
    if (type.vcpus() < r.vCpuCount().min() || r.vCpuCount().max().filter(max -> type.vcpus() > max).isPresent()) {
      return false;
    }
    if (type.memoryMiB() < r.memoryMiB().min() || r.memoryMiB().max().filter(m -> type.memoryMiB() > m).isPresent()) {
      return false;
    }
    double perVcpu = type.memoryMiB() / 1024.0 / type.vcpus();
    if (r.memoryGiBPerVCpu().map(range -> range.min().filter(min -> perVcpu < min).isPresent()
        || range.max().filter(max -> perVcpu > max).isPresent()).orElse(false)) {
      return false;
    }
    if (!r.allowedInstanceTypes().isEmpty() && r.allowedInstanceTypes().stream().noneMatch(p -> glob(p, type.name()))) {
      return false;
    }
    if (r.excludedInstanceTypes().stream().anyMatch(p -> glob(p, type.name()))) {
      return false;
    }
    if (!r.cpuManufacturers().isEmpty() && !r.cpuManufacturers().contains(manufacturer(type))) {
      return false;
    }
    boolean burstable = type.name().startsWith("t");
    BareMetal burst = r.burstablePerformance().orElse(BareMetal.EXCLUDED);
    return burst == BareMetal.INCLUDED || (burst == BareMetal.REQUIRED) == burstable;
  }

  /** The CPU maker of a type of the table: Graviton (arm64) is AWS's, a family with an "a" suffix AMD's. */
  private static CpuManufacturer manufacturer(InstanceType type) {
    if (type.cpuArchitecture() == CpuArchitecture.ARM64) {
      return CpuManufacturer.AMAZON_WEB_SERVICES;
    }
    String family = type.name().substring(0, type.name().indexOf('.'));
    return family.length() > 2 && family.endsWith("a") ? CpuManufacturer.AMD : CpuManufacturer.INTEL;
  }

  private static boolean glob(String pattern, String name) {
    String regex = List.of(pattern.toLowerCase(Locale.ROOT).split("\\*", -1)).stream()
        .map(java.util.regex.Pattern::quote).reduce((a, b) -> a + ".*" + b).orElse("");
    return name.toLowerCase(Locale.ROOT).matches(regex);
  }
}

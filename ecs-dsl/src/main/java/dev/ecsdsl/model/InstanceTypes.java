package dev.ecsdsl.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Built-in figures of common EC2 instance types (vCPU, memory, ENIs, IPv4 per ENI, architecture,
 * us-east-1 on-demand Linux price), from the EC2 instance type documentation. Types not listed here can
 * be described with {@link InstanceType#builder()} and given to an instance group.
 */
public final class InstanceTypes {
  private static final Map<String, InstanceType> TYPES = new LinkedHashMap<>();

  static {
    add("t3.micro", 2, 1, 2, 2, CpuArchitecture.X86_64, 0.0104);
    add("t3.small", 2, 2, 3, 4, CpuArchitecture.X86_64, 0.0208);
    add("t3.medium", 2, 4, 3, 6, CpuArchitecture.X86_64, 0.0416);
    add("t3.large", 2, 8, 3, 12, CpuArchitecture.X86_64, 0.0832);
    add("t3.xlarge", 4, 16, 4, 15, CpuArchitecture.X86_64, 0.1664);
    add("t4g.medium", 2, 4, 3, 6, CpuArchitecture.ARM64, 0.0336);
    add("m5.large", 2, 8, 3, 10, CpuArchitecture.X86_64, 0.096);
    add("m5.xlarge", 4, 16, 4, 15, CpuArchitecture.X86_64, 0.192);
    add("m5.2xlarge", 8, 32, 4, 15, CpuArchitecture.X86_64, 0.384);
    add("m5.4xlarge", 16, 64, 8, 30, CpuArchitecture.X86_64, 0.768);
    add("m6i.large", 2, 8, 3, 10, CpuArchitecture.X86_64, 0.096);
    add("m6i.xlarge", 4, 16, 4, 15, CpuArchitecture.X86_64, 0.192);
    add("m6g.large", 2, 8, 3, 10, CpuArchitecture.ARM64, 0.077);
    add("m6g.xlarge", 4, 16, 4, 15, CpuArchitecture.ARM64, 0.154);
    add("m7g.large", 2, 8, 3, 10, CpuArchitecture.ARM64, 0.0816);
    add("c5.large", 2, 4, 3, 10, CpuArchitecture.X86_64, 0.085);
    add("c5.xlarge", 4, 8, 4, 15, CpuArchitecture.X86_64, 0.17);
    add("c5.2xlarge", 8, 16, 4, 15, CpuArchitecture.X86_64, 0.34);
    add("c6g.large", 2, 4, 3, 10, CpuArchitecture.ARM64, 0.068);
    add("r5.large", 2, 16, 3, 10, CpuArchitecture.X86_64, 0.126);
    add("r5.xlarge", 4, 32, 4, 15, CpuArchitecture.X86_64, 0.252);
  }

  private InstanceTypes() {}

  private static void add(String name, int vcpus, int memoryGiB, int enis, int ipsPerEni,
      CpuArchitecture arch, double price) {
    TYPES.put(name, InstanceType.builder().name(name).vcpus(vcpus).memoryMiB(memoryGiB * 1024)
        .maximumNetworkInterfaces(enis).ipv4AddressesPerInterface(ipsPerEni).cpuArchitecture(arch)
        .onDemandHourlyUsd(price).build());
  }

  /**
   * {@return the built-in figures of that instance type}
   *
   * @param name the instance type, such as {@code m5.large}
   */
  public static Optional<InstanceType> find(String name) {
    return Optional.ofNullable(TYPES.get(name));
  }

  /**
   * {@return the built-in figures, or an exception naming the known types}
   *
   * @param name the instance type, such as {@code m5.large}
   */
  public static InstanceType get(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(
        "unknown instance type '" + name + "'; known: " + TYPES.keySet()
            + " (describe others with InstanceType.builder())"));
  }

  /** {@return every built-in instance type} */
  public static Collection<InstanceType> all() {
    return TYPES.values();
  }
}

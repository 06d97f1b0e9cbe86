package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The figures of an EC2 instance type that ECS cares about: vCPUs (ECS registers 1024 CPU units per vCPU),
 * memory in MiB, the ENI limit (awsvpc tasks on EC2 take one ENI each, besides the primary ENI), IPv4
 * addresses per ENI, CPU architecture, and an on-demand hourly price for cost reports. The built-in table
 * is {@link InstanceTypes}; any figure can be overridden in an instance group.
 */
@Value.Immutable
public interface InstanceType {
  /** {@return the instance type's name, e.g. {@code m5.large}} */
  String name();

  /** {@return the number of virtual CPUs} */
  int vcpus();

  /** {@return the memory in MiB, as EC2 sells it (ECS registers slightly less; see the control plane)} */
  int memoryMiB();

  /** {@return the most network interfaces it can have, the primary one included} */
  int maximumNetworkInterfaces();

  /** {@return the IPv4 addresses per network interface} */
  int ipv4AddressesPerInterface();

  /** {@return the CPU architecture} */
  @Value.Default
  default CpuArchitecture cpuArchitecture() {
    return CpuArchitecture.X86_64;
  }

  /** {@return the on-demand Linux price in USD per hour (us-east-1 list price by default)} */
  @Value.Default
  default double onDemandHourlyUsd() {
    return 0.0;
  }

  /** {@return the CPU units ECS registers: vCPUs × 1024} */
  default int cpuUnits() {
    return vcpus() * 1024;
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link InstanceType}. */
  class Builder extends ImmutableInstanceType.Builder {}
}

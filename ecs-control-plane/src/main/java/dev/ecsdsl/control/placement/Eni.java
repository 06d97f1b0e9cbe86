package dev.ecsdsl.control.placement;

/**
 * The elastic network interface of an awsvpc or Fargate task.
 *
 * @param networkInterfaceId its id, {@code eni-…}
 * @param subnetId the subnet it is in
 * @param privateIpv4Address the address it took in the subnet
 */
public record Eni(String networkInterfaceId, String subnetId, String privateIpv4Address) {}

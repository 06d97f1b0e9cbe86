package dev.ecsdsl.dsl;

import dev.ecsdsl.model.IngressRule;
import dev.ecsdsl.model.SecurityGroup;

/** Describes a security group's inbound rules (outbound is open, as AWS creates groups). */
public final class SecurityGroupBuilder {
  private final SecurityGroup.Builder group = SecurityGroup.builder();

  SecurityGroupBuilder(String groupId) {
    group.groupId(groupId);
  }

  /**
   * A group name besides the id.
   *
   * @param groupName the group's name
   * @return this builder
   */
  public SecurityGroupBuilder name(String groupName) {
    group.groupName(groupName);
    return this;
  }

  /**
   * Admit tcp to one port from a CIDR block.
   *
   * @param port the port
   * @param cidr the source block, e.g. {@code 10.0.0.0/16}
   * @return this builder
   */
  public SecurityGroupBuilder ingress(int port, String cidr) {
    return ingress(port, port, cidr);
  }

  /**
   * Admit tcp to a port range from a CIDR block.
   *
   * @param fromPort the first port of the range
   * @param toPort the last port of the range
   * @param cidr the source block, e.g. {@code 10.0.0.0/16}
   * @return this builder
   */
  public SecurityGroupBuilder ingress(int fromPort, int toPort, String cidr) {
    group.addIngress(IngressRule.builder().fromPort(fromPort).toPort(toPort).cidrIp(cidr).build());
    return this;
  }

  /**
   * Admit tcp to one port from the members of another security group.
   *
   * @param port the port
   * @param sourceGroup the other group's id or name
   * @return this builder
   */
  public SecurityGroupBuilder ingressFrom(int port, String sourceGroup) {
    return ingressFrom(port, port, sourceGroup);
  }

  /**
   * Admit tcp to a port range from the members of another security group (e.g. the ephemeral range).
   *
   * @param fromPort the first port of the range
   * @param toPort the last port of the range
   * @param sourceGroup the other group's id or name
   * @return this builder
   */
  public SecurityGroupBuilder ingressFrom(int fromPort, int toPort, String sourceGroup) {
    group.addIngress(IngressRule.builder().fromPort(fromPort).toPort(toPort).sourceSecurityGroup(sourceGroup).build());
    return this;
  }

  /**
   * Any inbound rule.
   *
   * @param rule the rule
   * @return this builder
   */
  public SecurityGroupBuilder ingress(IngressRule rule) {
    group.addIngress(rule);
    return this;
  }

  SecurityGroup build() {
    return group.build();
  }
}

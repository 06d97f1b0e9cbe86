package dev.ecsdsl.dsl;

import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.LoadBalancerType;
import dev.ecsdsl.model.TargetGroupHealthCheck;
import java.util.function.Consumer;

/** Describes an ALB, NLB or Classic Load Balancer and its listeners. */
public final class LoadBalancerBuilder {
  private final LoadBalancer.Builder lb = LoadBalancer.builder().type(LoadBalancerType.APPLICATION);

  LoadBalancerBuilder(String name) {
    lb.name(name);
  }

  /**
   * An Application Load Balancer (the default).
   *
   * @return this builder
   */
  public LoadBalancerBuilder application() {
    lb.type(LoadBalancerType.APPLICATION);
    return this;
  }

  /**
   * A Network Load Balancer.
   *
   * @return this builder
   */
  public LoadBalancerBuilder network() {
    lb.type(LoadBalancerType.NETWORK);
    return this;
  }

  /**
   * A Classic Load Balancer.
   *
   * @return this builder
   */
  public LoadBalancerBuilder classic() {
    lb.type(LoadBalancerType.CLASSIC);
    return this;
  }

  /**
   * Internal scheme (default internet-facing).
   *
   * @return this builder
   */
  public LoadBalancerBuilder internal() {
    lb.scheme("internal");
    return this;
  }

  /**
   * Subnets the load balancer has nodes in.
   *
   * @param subnetIds subnets the load balancer has nodes in
   * @return this builder
   */
  public LoadBalancerBuilder subnets(String... subnetIds) {
    lb.addSubnets(subnetIds);
    return this;
  }

  /**
   * Security groups of the load balancer.
   *
   * @param groups security groups of the load balancer
   * @return this builder
   */
  public LoadBalancerBuilder securityGroups(String... groups) {
    lb.addSecurityGroups(groups);
    return this;
  }

  /**
   * A listener.
   *
   * @param port the port the listener accepts requests on
   * @param spec its protocol, default action and rules
   * @return this builder
   */
  public LoadBalancerBuilder listener(int port, Consumer<ListenerBuilder> spec) {
    ListenerBuilder b = new ListenerBuilder(port);
    spec.accept(b);
    lb.addListener(b.build());
    return this;
  }

  /**
   * Classic Load Balancer health check.
   *
   * @param healthCheck the Classic Load Balancer's health check of the instances
   * @return this builder
   */
  public LoadBalancerBuilder healthCheck(TargetGroupHealthCheck healthCheck) {
    lb.healthCheck(healthCheck);
    return this;
  }

  LoadBalancer build() {
    return lb.build();
  }
}

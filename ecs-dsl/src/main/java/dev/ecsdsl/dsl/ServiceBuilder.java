package dev.ecsdsl.dsl;

import dev.ecsdsl.model.AwsVpcConfiguration;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.DeploymentCircuitBreaker;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.SchedulingStrategy;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceLoadBalancer;
import java.util.function.Consumer;

/** Describes a service: where it runs, how many tasks, placement, deployment, load balancers and scaling. */
public final class ServiceBuilder {
  private final Service.Builder s = Service.builder();
  private final AwsVpcConfiguration.Builder awsvpc = AwsVpcConfiguration.builder();
  private final DeploymentConfiguration.Builder deployment = DeploymentConfiguration.builder();
  private boolean awsvpcGiven;
  private boolean deploymentGiven;

  ServiceBuilder(String serviceName) {
    s.serviceName(serviceName);
  }

  /**
   * The cluster (name or ARN).
   *
   * @param cluster the cluster (name or ARN)
   * @return this builder
   */
  public ServiceBuilder cluster(String cluster) {
    s.cluster(cluster);
    return this;
  }

  /**
   * The task definition: {@code family} (latest revision), {@code family:revision} or ARN.
   *
   * @param taskDefinition the task definition reference
   * @return this builder
   */
  public ServiceBuilder taskDefinition(String taskDefinition) {
    s.taskDefinition(taskDefinition);
    return this;
  }

  /**
   * Tasks to keep running.
   *
   * @param count tasks to keep running
   * @return this builder
   */
  public ServiceBuilder desiredCount(int count) {
    s.desiredCount(count);
    return this;
  }

  /**
   * Launch type FARGATE.
   *
   * @return this builder
   */
  public ServiceBuilder fargate() {
    s.launchType(LaunchType.FARGATE);
    return this;
  }

  /**
   * Launch type EC2.
   *
   * @return this builder
   */
  public ServiceBuilder ec2() {
    s.launchType(LaunchType.EC2);
    return this;
  }

  /**
   * An item of the capacity provider strategy.
   *
   * @param capacityProvider the capacity provider's name
   * @param base tasks placed on this provider before the weights apply
   * @param weight relative share of the tasks beyond the bases
   * @return this builder
   */
  public ServiceBuilder capacityProvider(String capacityProvider, int base, int weight) {
    s.addCapacityProviderStrategy(CapacityProviderStrategyItem.of(capacityProvider, base, weight));
    return this;
  }

  /**
   * One task on every container instance that meets the constraints.
   *
   * @return this builder
   */
  public ServiceBuilder daemon() {
    s.schedulingStrategy(SchedulingStrategy.DAEMON);
    return this;
  }

  /**
   * minimumHealthyPercent and maximumPercent of rolling deployments.
   *
   * @param minimumHealthyPercent the fewest healthy tasks during a deployment, in percent of the desired
   *     count
   * @param maximumPercent the most tasks during a deployment, in percent of the desired count
   * @return this builder
   */
  public ServiceBuilder deployment(int minimumHealthyPercent, int maximumPercent) {
    deployment.minimumHealthyPercent(minimumHealthyPercent).maximumPercent(maximumPercent);
    deploymentGiven = true;
    return this;
  }

  /**
   * The deployment circuit breaker, with or without rollback.
   *
   * @param rollback whether a failed deployment rolls back to the last completed one
   * @return this builder
   */
  public ServiceBuilder circuitBreaker(boolean rollback) {
    deployment.deploymentCircuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(rollback).build());
    deploymentGiven = true;
    return this;
  }

  /**
   * Placement strategies, applied in order.
   *
   * @param strategies placement strategies, applied in order
   * @return this builder
   */
  public ServiceBuilder placementStrategy(PlacementStrategy... strategies) {
    s.addPlacementStrategy(strategies);
    return this;
  }

  /**
   * Spread over a field: {@code instanceId}, {@code host} or {@code attribute:<name>}.
   *
   * @param field the field to spread over
   * @return this builder
   */
  public ServiceBuilder spread(String field) {
    s.addPlacementStrategy(PlacementStrategy.spread(field));
    return this;
  }

  /**
   * Binpack on {@code cpu} or {@code memory}.
   *
   * @param field {@code cpu} or {@code memory}
   * @return this builder
   */
  public ServiceBuilder binpack(String field) {
    s.addPlacementStrategy(PlacementStrategy.binpack(field));
    return this;
  }

  /**
   * Random placement.
   *
   * @return this builder
   */
  public ServiceBuilder random() {
    s.addPlacementStrategy(PlacementStrategy.random());
    return this;
  }

  /**
   * Each task on a different instance.
   *
   * @return this builder
   */
  public ServiceBuilder distinctInstance() {
    s.addPlacementConstraint(PlacementConstraint.distinctInstance());
    return this;
  }

  /**
   * Only instances matching a Cluster Query Language expression.
   *
   * @param expression a Cluster Query Language expression
   * @return this builder
   */
  public ServiceBuilder memberOf(String expression) {
    s.addPlacementConstraint(PlacementConstraint.memberOf(expression));
    return this;
  }

  /**
   * Register tasks with a target group: its container and port that receive traffic.
   *
   * @param targetGroup the target group (name or ARN)
   * @param containerName the container that receives the traffic
   * @param containerPort its port that receives the traffic
   * @return this builder
   */
  public ServiceBuilder loadBalancer(String targetGroup, String containerName, int containerPort) {
    s.addLoadBalancer(ServiceLoadBalancer.targetGroup(targetGroup, containerName, containerPort));
    return this;
  }

  /**
   * Register instances with a Classic Load Balancer.
   *
   * @param loadBalancerName the Classic Load Balancer's name
   * @param containerName the container that receives the traffic
   * @param containerPort its port that receives the traffic
   * @return this builder
   */
  public ServiceBuilder classicLoadBalancer(String loadBalancerName, String containerName, int containerPort) {
    s.addLoadBalancer(ServiceLoadBalancer.builder().loadBalancerName(loadBalancerName).containerName(containerName)
        .containerPort(containerPort).build());
    return this;
  }

  /**
   * Subnets of awsvpc tasks.
   *
   * @param subnetIds subnets of awsvpc tasks
   * @return this builder
   */
  public ServiceBuilder subnets(String... subnetIds) {
    awsvpc.addSubnets(subnetIds);
    awsvpcGiven = true;
    return this;
  }

  /**
   * Security groups of awsvpc tasks.
   *
   * @param groups security groups of awsvpc tasks
   * @return this builder
   */
  public ServiceBuilder securityGroups(String... groups) {
    awsvpc.addSecurityGroups(groups);
    awsvpcGiven = true;
    return this;
  }

  /**
   * Give awsvpc tasks a public IP.
   *
   * @return this builder
   */
  public ServiceBuilder assignPublicIp() {
    awsvpc.assignPublicIp("ENABLED");
    awsvpcGiven = true;
    return this;
  }

  /**
   * Seconds of grace for health checks after a task starts.
   *
   * @param seconds seconds of grace for health checks after a task starts
   * @return this builder
   */
  public ServiceBuilder healthCheckGracePeriod(int seconds) {
    s.healthCheckGracePeriodSeconds(seconds);
    return this;
  }

  /**
   * Application Auto Scaling of the desired count.
   *
   * @param minCapacity the fewest tasks scaling may leave
   * @param maxCapacity the most tasks scaling may run
   * @param spec the scaling policies and scheduled actions
   * @return this builder
   */
  public ServiceBuilder autoScaling(int minCapacity, int maxCapacity, Consumer<AutoScalingBuilder> spec) {
    AutoScalingBuilder b = new AutoScalingBuilder(minCapacity, maxCapacity);
    spec.accept(b);
    s.autoScaling(b.build());
    return this;
  }

  /**
   * Direct access to every other field.
   *
   * @param spec sets any field of the service's builder
   * @return this builder
   */
  public ServiceBuilder with(Consumer<Service.Builder> spec) {
    spec.accept(s);
    return this;
  }

  Service build() {
    if (awsvpcGiven) {
      s.networkConfiguration(NetworkConfiguration.builder().awsvpcConfiguration(awsvpc.build()).build());
    }
    if (deploymentGiven) {
      s.deploymentConfiguration(deployment.build());
    }
    return s.build();
  }
}

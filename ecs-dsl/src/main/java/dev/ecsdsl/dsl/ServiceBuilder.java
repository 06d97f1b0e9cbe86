package dev.ecsdsl.dsl;

import dev.ecsdsl.model.AvailabilityZoneRebalancing;
import dev.ecsdsl.model.AwsVpcConfiguration;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.AdvancedConfiguration;
import dev.ecsdsl.model.CanaryConfiguration;
import dev.ecsdsl.model.DeploymentAlarms;
import dev.ecsdsl.model.DeploymentCircuitBreaker;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentLifecycleHook;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.LinearConfiguration;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.SchedulingStrategy;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceManagedEBSVolumeConfiguration;
import dev.ecsdsl.model.ServiceVolumeConfiguration;
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
   * Deploy BLUE_GREEN: a full green revision beside blue, production traffic shifted at once, blue kept for the
   * bake time. Behind a load balancer, give each target group an alternate with
   * {@link #loadBalancer(String, String, int, java.util.function.Consumer)}.
   *
   * @param bakeTimeInMinutes minutes both revisions run after the shift (0–1440)
   * @return this builder
   */
  public ServiceBuilder blueGreen(int bakeTimeInMinutes) {
    deployment.strategy(DeploymentStrategy.BLUE_GREEN).bakeTimeInMinutes(bakeTimeInMinutes);
    deploymentGiven = true;
    return this;
  }

  /**
   * Deploy LINEAR: production traffic moves to the new revision in equal steps.
   *
   * @param stepPercent percent of production traffic per step (3.0–100.0, multiples of 0.1)
   * @param stepBakeTimeInMinutes minutes between steps (0–1440)
   * @param bakeTimeInMinutes minutes both revisions run after the last step (0–1440)
   * @return this builder
   */
  public ServiceBuilder linear(double stepPercent, int stepBakeTimeInMinutes, int bakeTimeInMinutes) {
    deployment.strategy(DeploymentStrategy.LINEAR).bakeTimeInMinutes(bakeTimeInMinutes)
        .linearConfiguration(LinearConfiguration.of(stepPercent, stepBakeTimeInMinutes));
    deploymentGiven = true;
    return this;
  }

  /**
   * Deploy CANARY: a share of production traffic to the new revision, then the rest.
   *
   * @param canaryPercent percent of production traffic for the canary (0.1–100.0, multiples of 0.1)
   * @param canaryBakeTimeInMinutes minutes with the canary before the rest shifts (0–1440)
   * @param bakeTimeInMinutes minutes both revisions run after the rest has shifted (0–1440)
   * @return this builder
   */
  public ServiceBuilder canary(double canaryPercent, int canaryBakeTimeInMinutes, int bakeTimeInMinutes) {
    deployment.strategy(DeploymentStrategy.CANARY).bakeTimeInMinutes(bakeTimeInMinutes)
        .canaryConfiguration(CanaryConfiguration.of(canaryPercent, canaryBakeTimeInMinutes));
    deploymentGiven = true;
    return this;
  }

  /**
   * A lifecycle hook: a Lambda function ECS invokes at the given stages of a BLUE_GREEN, LINEAR or CANARY
   * deployment.
   *
   * @param functionArn the Lambda function's ARN
   * @param roleArn the role ECS invokes it with (trusted by {@code ecs.amazonaws.com})
   * @param stages the stages at which it runs
   * @return this builder
   */
  public ServiceBuilder lifecycleHook(String functionArn, String roleArn, DeploymentLifecycleHookStage... stages) {
    return lifecycleHook(DeploymentLifecycleHook.lambda(functionArn, roleArn, stages));
  }

  /**
   * Any lifecycle hook (a PAUSE hook, hook details, a timeout).
   *
   * @param hook the hook
   * @return this builder
   */
  public ServiceBuilder lifecycleHook(DeploymentLifecycleHook hook) {
    deployment.addLifecycleHooks(hook);
    deploymentGiven = true;
    return this;
  }

  /**
   * CloudWatch alarms that fail a deployment when one is in ALARM (the alarms are the environment's,
   * {@link EnvironmentBuilder#alarm(MetricAlarm)}).
   *
   * @param rollback whether a failed deployment rolls back to the last completed one
   * @param alarmNames the alarms' names
   * @return this builder
   */
  public ServiceBuilder deploymentAlarms(boolean rollback, String... alarmNames) {
    deployment.alarms(DeploymentAlarms.builder().enable(true).rollback(rollback).addAlarmNames(alarmNames).build());
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
   * Register tasks with a target group, with what BLUE_GREEN, LINEAR and CANARY deployments need of it: the
   * alternate target group, the production (and test) listener rule and the role.
   *
   * @param targetGroup the target group (name or ARN)
   * @param containerName the container that receives the traffic
   * @param containerPort its port that receives the traffic
   * @param advanced sets alternateTargetGroupArn, productionListenerRule (ARN, or {@code <lb>:<port>:<priority>}
   *     / {@code <lb>:<port>}), testListenerRule and roleArn
   * @return this builder
   */
  public ServiceBuilder loadBalancer(String targetGroup, String containerName, int containerPort,
      Consumer<AdvancedConfiguration.Builder> advanced) {
    AdvancedConfiguration.Builder b = AdvancedConfiguration.builder();
    advanced.accept(b);
    s.addLoadBalancer(ServiceLoadBalancer.builder().targetGroupArn(targetGroup).containerName(containerName)
        .containerPort(containerPort).advancedConfiguration(b.build()).build());
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
   * Service Connect: the namespace the service joins and the endpoints it offers there (read and validated; not
   * yet simulated, see docs/SERVICE-CONNECT.md).
   *
   * @param spec describes the configuration; {@code c -> {}} makes a client-only service in the cluster's default
   *     namespace
   * @return this builder
   */
  public ServiceBuilder serviceConnect(Consumer<ServiceConnectBuilder> spec) {
    ServiceConnectBuilder b = new ServiceConnectBuilder();
    spec.accept(b);
    s.serviceConnectConfiguration(b.build());
    return this;
  }

  /**
   * Whether ECS evens out the tasks across Availability Zones (ENABLED for new services when not given).
   *
   * @param rebalancing ENABLED or DISABLED
   * @return this builder
   */
  public ServiceBuilder availabilityZoneRebalancing(AvailabilityZoneRebalancing rebalancing) {
    s.availabilityZoneRebalancing(rebalancing);
    return this;
  }

  /**
   * The EBS volume ECS creates for each task, for the task definition's volume that is configured at launch.
   *
   * @param volumeName the task definition volume with {@code configuredAtLaunch}
   * @param volume its size, type and infrastructure role
   * @return this builder
   */
  public ServiceBuilder ebsVolume(String volumeName, ServiceManagedEBSVolumeConfiguration volume) {
    s.addVolumeConfiguration(ServiceVolumeConfiguration.builder().name(volumeName).managedEBSVolume(volume).build());
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

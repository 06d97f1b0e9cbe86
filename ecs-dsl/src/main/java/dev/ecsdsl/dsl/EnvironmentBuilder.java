package dev.ecsdsl.dsl;

import dev.ecsdsl.model.CloudMapNamespace;
import dev.ecsdsl.model.CloudMapNamespaceType;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Daemon;
import dev.ecsdsl.model.DaemonTaskDefinition;
import dev.ecsdsl.model.EcrRepository;
import dev.ecsdsl.model.EfsFileSystem;
import dev.ecsdsl.model.ExpressGatewayService;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.ScheduledTask;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TargetGroup;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.Vpc;
import dev.ecsdsl.validation.ValidationResult;
import dev.ecsdsl.validation.Validator;
import java.util.Arrays;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Describes an environment: account, region, VPC, roles, secrets, registries, file systems, load
 * balancers, clusters, task definitions, services and scheduled tasks. Parts refer to each other by name;
 * {@link #build()} resolves and checks every reference together with ECS's rules.
 */
public final class EnvironmentBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(EnvironmentBuilder.class);
  private final Environment.Builder env = Environment.builder();
  private final String name;
  private String region = "us-east-1";
  private boolean vpcGiven;

  /**
   * Use {@link dev.ecsdsl.Ecs#environment(String)}.
   *
   * @param name the environment's name
   */
  public EnvironmentBuilder(String name) {
    this.name = name;
    env.name(name);
  }

  /**
   * AWS region (default {@code us-east-1}).
   *
   * @param region the region, e.g. {@code eu-west-1}
   * @return this builder
   */
  public EnvironmentBuilder region(String region) {
    this.region = region;
    env.region(region);
    return this;
  }

  /**
   * Twelve-digit account id (default {@code 123456789012}).
   *
   * @param accountId the account id
   * @return this builder
   */
  public EnvironmentBuilder account(String accountId) {
    env.accountId(accountId);
    return this;
  }

  /**
   * The VPC. Without this call the environment gets the shape of AWS's default VPC: {@code 172.31.0.0/16}
   * with a /20 subnet in each of the region's zones a, b and c, and a {@code default} security group
   * that admits all traffic from its own members.
   *
   * @param spec describes the VPC, its subnets and security groups
   * @return this builder
   */
  public EnvironmentBuilder vpc(Consumer<VpcBuilder> spec) {
    VpcBuilder b = new VpcBuilder();
    spec.accept(b);
    env.vpc(b.build());
    vpcGiven = true;
    return this;
  }

  /**
   * An IAM role.
   *
   * @param roleName the role's name
   * @param spec describes its trust and permissions
   * @return this builder
   */
  public EnvironmentBuilder role(String roleName, Consumer<RoleBuilder> spec) {
    RoleBuilder b = new RoleBuilder(roleName);
    spec.accept(b);
    env.addRole(b.build());
    return this;
  }

  /**
   * A role built elsewhere.
   *
   * @param role the role
   * @return this builder
   */
  public EnvironmentBuilder role(IamRole role) {
    env.addRole(role);
    return this;
  }

  /**
   * A Secrets Manager secret with a test value.
   *
   * @param secretName the secret's name
   * @param value the value tasks read
   * @return this builder
   */
  public EnvironmentBuilder secret(String secretName, String value) {
    env.putSecret(secretName, value);
    return this;
  }

  /**
   * An SSM parameter with a test value.
   *
   * @param parameterName the parameter's name
   * @param value the value tasks read
   * @return this builder
   */
  public EnvironmentBuilder ssmParameter(String parameterName, String value) {
    env.putSsmParameter(parameterName, value);
    return this;
  }

  /**
   * An ECR repository with the tags pushed to it.
   *
   * @param repositoryName the repository's name, e.g. {@code shop/web}
   * @param pushedTags the image tags in the repository
   * @return this builder
   */
  public EnvironmentBuilder ecrRepository(String repositoryName, String... pushedTags) {
    env.addEcrRepository(EcrRepository.builder().repositoryName(repositoryName)
        .imageTags(Arrays.asList(pushedTags)).build());
    return this;
  }

  /**
   * An EFS file system.
   *
   * @param fileSystemId the file system id, e.g. {@code fs-shared}
   * @param spec its mount targets and access points
   * @return this builder
   */
  public EnvironmentBuilder efs(String fileSystemId, Consumer<EfsBuilder> spec) {
    EfsBuilder b = new EfsBuilder(fileSystemId);
    spec.accept(b);
    env.addEfsFileSystem(b.build());
    return this;
  }

  /**
   * An EFS file system with mount targets in every subnet and no access point.
   *
   * @param fileSystemId the file system id, e.g. {@code fs-shared}
   * @return this builder
   */
  public EnvironmentBuilder efs(String fileSystemId) {
    return efs(fileSystemId, f -> { });
  }

  /**
   * An ALB, NLB or Classic Load Balancer.
   *
   * @param loadBalancerName the load balancer's name
   * @param spec its type, subnets and listeners
   * @return this builder
   */
  public EnvironmentBuilder loadBalancer(String loadBalancerName, Consumer<LoadBalancerBuilder> spec) {
    LoadBalancerBuilder b = new LoadBalancerBuilder(loadBalancerName);
    spec.accept(b);
    env.addLoadBalancer(b.build());
    return this;
  }

  /**
   * A target group.
   *
   * @param targetGroupName the target group's name
   * @param spec its target type, port and health check
   * @return this builder
   */
  public EnvironmentBuilder targetGroup(String targetGroupName, Consumer<TargetGroupBuilder> spec) {
    TargetGroupBuilder b = new TargetGroupBuilder(targetGroupName);
    spec.accept(b);
    env.addTargetGroup(b.build());
    return this;
  }

  /**
   * A cluster.
   *
   * @param clusterName the cluster's name
   * @param spec its instance groups and capacity providers
   * @return this builder
   */
  public EnvironmentBuilder cluster(String clusterName, Consumer<ClusterBuilder> spec) {
    ClusterBuilder b = new ClusterBuilder(clusterName, () -> region);
    spec.accept(b);
    env.addCluster(b.build());
    return this;
  }

  /**
   * A cluster built elsewhere.
   *
   * @param cluster the cluster
   * @return this builder
   */
  public EnvironmentBuilder cluster(Cluster cluster) {
    env.addCluster(cluster);
    return this;
  }

  /**
   * A task definition; a family given again is its next revision.
   *
   * @param family the task definition family
   * @param spec its containers, resources and volumes
   * @return this builder
   */
  public EnvironmentBuilder taskDefinition(String family, Consumer<TaskDefinitionBuilder> spec) {
    TaskDefinitionBuilder b = new TaskDefinitionBuilder(family);
    spec.accept(b);
    env.addTaskDefinition(b.build());
    return this;
  }

  /**
   * A task definition built elsewhere, e.g. imported from ECS JSON.
   *
   * @param taskDefinition the task definition
   * @return this builder
   */
  public EnvironmentBuilder taskDefinition(TaskDefinition taskDefinition) {
    env.addTaskDefinition(taskDefinition);
    return this;
  }

  /**
   * A service.
   *
   * @param serviceName the service's name
   * @param spec where and how it runs
   * @return this builder
   */
  public EnvironmentBuilder service(String serviceName, Consumer<ServiceBuilder> spec) {
    ServiceBuilder b = new ServiceBuilder(serviceName);
    spec.accept(b);
    env.addService(b.build());
    return this;
  }

  /**
   * An AWS Cloud Map HTTP namespace for Service Connect.
   *
   * @param namespaceName the namespace's name, e.g. {@code internal}
   * @return this builder
   */
  public EnvironmentBuilder namespace(String namespaceName) {
    env.addNamespace(CloudMapNamespace.builder().name(namespaceName).type(CloudMapNamespaceType.HTTP).build());
    return this;
  }

  /**
   * Any Cloud Map namespace (private DNS, shared from another account, of a given id).
   *
   * @param namespace the namespace, built with {@link CloudMapNamespace#builder()}
   * @return this builder
   */
  public EnvironmentBuilder namespace(CloudMapNamespace namespace) {
    env.addNamespace(namespace);
    return this;
  }

  /**
   * A daemon task definition (ECS Managed Daemons; read and validated, not yet simulated).
   *
   * @param definition the daemon task definition
   * @return this builder
   */
  public EnvironmentBuilder daemonTaskDefinition(DaemonTaskDefinition definition) {
    env.addDaemonTaskDefinition(definition);
    return this;
  }

  /**
   * A daemon (ECS Managed Daemons; read and validated, not yet simulated).
   *
   * @param daemon the daemon
   * @return this builder
   */
  public EnvironmentBuilder daemon(Daemon daemon) {
    env.addDaemon(daemon);
    return this;
  }

  /**
   * An Express Mode service (read and validated; not yet simulated).
   *
   * @param service the Express service
   * @return this builder
   */
  public EnvironmentBuilder expressGatewayService(ExpressGatewayService service) {
    env.addExpressGatewayService(service);
    return this;
  }

  /**
   * A service built elsewhere, e.g. imported from ECS JSON.
   *
   * @param service the service
   * @return this builder
   */
  public EnvironmentBuilder service(Service service) {
    env.addService(service);
    return this;
  }

  /**
   * An EventBridge scheduled task.
   *
   * @param ruleName the EventBridge rule's name
   * @param spec its schedule and the task it runs
   * @return this builder
   */
  public EnvironmentBuilder scheduledTask(String ruleName, Consumer<ScheduledTaskBuilder> spec) {
    ScheduledTaskBuilder b = new ScheduledTaskBuilder(ruleName);
    spec.accept(b);
    env.addScheduledTask(b.build());
    return this;
  }

  /**
   * A load balancer built elsewhere.
   *
   * @param loadBalancer the load balancer
   * @return this builder
   */
  public EnvironmentBuilder loadBalancer(LoadBalancer loadBalancer) {
    env.addLoadBalancer(loadBalancer);
    return this;
  }

  /**
   * A target group built elsewhere.
   *
   * @param targetGroup the target group
   * @return this builder
   */
  public EnvironmentBuilder targetGroup(TargetGroup targetGroup) {
    env.addTargetGroup(targetGroup);
    return this;
  }

  /**
   * An EFS file system built elsewhere.
   *
   * @param fileSystem the file system
   * @return this builder
   */
  public EnvironmentBuilder efs(EfsFileSystem fileSystem) {
    env.addEfsFileSystem(fileSystem);
    return this;
  }

  /**
   * A scheduled task built elsewhere.
   *
   * @param scheduledTask the scheduled task
   * @return this builder
   */
  public EnvironmentBuilder scheduledTask(ScheduledTask scheduledTask) {
    env.addScheduledTask(scheduledTask);
    return this;
  }

  /**
   * A CloudWatch metric alarm, e.g. for a service's deployment alarms.
   *
   * @param alarm the alarm
   * @return this builder
   */
  public EnvironmentBuilder alarm(MetricAlarm alarm) {
    env.addAlarms(alarm);
    return this;
  }

  /** {@return the description as it stands, not validated} */
  public Environment describe() {
    if (!vpcGiven) {
      env.vpc(DefaultVpc.of(region));
    }
    return env.build();
  }

  /**
   * Validates the description and returns every problem, without throwing.
   *
   * @return every problem found, errors and warnings; valid when ECS would accept the description
   */
  public ValidationResult validate() {
    return Validator.validate(describe());
  }

  /**
   * Validates and returns the environment; throws {@link dev.ecsdsl.validation.ValidationException}
   * listing every error (and the warnings) when ECS would reject any part. Warnings alone are logged.
   *
   * @return the environment, valid
   */
  public Environment build() {
    Environment environment = describe();
    ValidationResult result = Validator.validate(environment);
    result.throwIfInvalid("environment " + name);
    result.warnings().forEach(w -> LOG.warn("environment {}: {}", name, w));
    return environment;
  }
}

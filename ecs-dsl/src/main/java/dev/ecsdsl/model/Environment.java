package dev.ecsdsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The root of a description: one AWS account and region with its VPC, IAM roles, secrets, parameters, ECR
 * repositories, EFS file systems, load balancers, target groups, clusters, task definitions, services,
 * scheduled tasks and CloudWatch alarms. Build one with {@link dev.ecsdsl.Ecs#environment(String)}; building validates the whole
 * description and fails with every problem at once.
 *
 * <p>Task definitions of the same family are revisions in the order given: the first is
 * {@code family:1}. A reference to a bare family means its latest revision, as in ECS.
 */
@Value.Immutable
public interface Environment {
  /** {@return the name of the description (used in labels, reports and the timeline)} */
  String name();

  /** {@return the AWS region, e.g. {@code eu-west-1}} */
  @Value.Default
  default String region() {
    return "us-east-1";
  }

  /** {@return the twelve-digit AWS account id} */
  @Value.Default
  default String accountId() {
    return "123456789012";
  }

  /** {@return the VPC} */
  @Value.Default
  default Vpc vpc() {
    return Vpc.builder().build();
  }

  /** {@return the IAM roles} */
  List<IamRole> roles();

  /** {@return the Secrets Manager secrets: name → value (test values, never real ones)} */
  Map<String, String> secrets();

  /** {@return the SSM Parameter Store parameters: name → value} */
  Map<String, String> ssmParameters();

  /** {@return the ECR repositories} */
  List<EcrRepository> ecrRepositories();

  /** {@return the EFS file systems} */
  List<EfsFileSystem> efsFileSystems();

  /** {@return the load balancers} */
  List<LoadBalancer> loadBalancers();

  /** {@return the target groups of the ALBs and NLBs} */
  List<TargetGroup> targetGroups();

  /** {@return the clusters} */
  List<Cluster> clusters();

  /** {@return the task definitions; repeated families are successive revisions} */
  List<TaskDefinition> taskDefinitions();

  /** {@return the services} */
  List<Service> services();

  /** {@return the EventBridge scheduled tasks} */
  List<ScheduledTask> scheduledTasks();

  /**
   * {@return the CloudWatch metric alarms a service's {@code deploymentConfiguration.alarms} may name (alarms of
   * step scaling policies live with their policy)}
   */
  List<MetricAlarm> alarms();

  /** {@return the AWS Cloud Map namespaces that Service Connect services join} */
  List<CloudMapNamespace> namespaces();

  /** {@return the daemon task definitions (ECS Managed Daemons); repeated families are successive revisions} */
  List<DaemonTaskDefinition> daemonTaskDefinitions();

  /** {@return the daemons (ECS Managed Daemons)} */
  List<Daemon> daemons();

  /** {@return the Express Mode services} */
  List<ExpressGatewayService> expressGatewayServices();

  /**
   * {@return the Cloud Map namespace a reference designates: its name, or its ARN}
   *
   * @param reference the namespace's name or ARN ({@code arn:aws:servicediscovery:...:namespace/ns-...})
   */
  default Optional<CloudMapNamespace> namespace(String reference) {
    for (CloudMapNamespace ns : namespaces()) {
      if (ns.name().equals(reference) || ns.arn(region(), accountId()).equals(reference)) {
        return Optional.of(ns);
      }
    }
    return Optional.empty();
  }

  /** {@return every CloudWatch alarm of the description: {@link #alarms()}, then those of step scaling policies} */
  default List<MetricAlarm> metricAlarms() {
    List<MetricAlarm> all = new ArrayList<>(alarms());
    services().stream().flatMap(s -> s.autoScaling().stream()).flatMap(a -> a.stepScalingPolicies().stream())
        .map(StepScalingPolicy::alarm).forEach(all::add);
    return all;
  }

  /**
   * {@return the alarm of that name (the first of {@link #metricAlarms()})}
   *
   * @param alarmName the alarm's name
   */
  default Optional<MetricAlarm> alarm(String alarmName) {
    return metricAlarms().stream().filter(a -> a.alarmName().equals(alarmName)).findFirst();
  }

  /**
   * The listener rule (ALB) or listener (NLB) a reference designates: its ARN ({@link ListenerRule#arn},
   * {@link Listener#arn}), or the short forms {@code <load balancer>:<port>:<priority>} and
   * {@code <load balancer>:<port>}.
   *
   * @param reference an ARN or a short form
   * @return the rule or listener, if the description has it
   */
  default Optional<ListenerRuleReference> listenerRule(String reference) {
    for (LoadBalancer lb : loadBalancers()) {
      for (Listener listener : lb.listeners()) {
        String shortForm = lb.name() + ":" + listener.port();
        if (reference.equals(shortForm) || reference.equals(listener.arn(lb, region(), accountId()))) {
          return Optional.of(new ListenerRuleReference(lb, listener, Optional.empty()));
        }
        for (ListenerRule rule : listener.rules()) {
          if (reference.equals(shortForm + ":" + rule.priority())
              || reference.equals(rule.arn(lb, listener, region(), accountId()))) {
            return Optional.of(new ListenerRuleReference(lb, listener, Optional.of(rule)));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the cluster a reference (name or ARN) designates}
   *
   * @param reference the cluster's name or ARN
   */
  default Optional<Cluster> cluster(String reference) {
    String name = Arns.name(reference);
    return clusters().stream().filter(c -> c.clusterName().equals(name)).findFirst();
  }

  /**
   * {@return every revision of a family, oldest first (index 0 is revision 1)}
   *
   * @param family the task definition family
   */
  default List<TaskDefinition> revisions(String family) {
    List<TaskDefinition> result = new ArrayList<>();
    for (TaskDefinition td : taskDefinitions()) {
      if (td.family().equals(family)) {
        result.add(td);
      }
    }
    return result;
  }

  /**
   * The task definition a reference designates: {@code family} (latest revision), {@code family:revision},
   * or a task-definition ARN.
   *
   * @param reference the family, {@code family:revision} or ARN
   * @return the task definition, if the environment has it
   */
  default Optional<TaskDefinition> taskDefinition(String reference) {
    String name = Arns.name(reference);
    int colon = name.lastIndexOf(':');
    String family = colon < 0 ? name : name.substring(0, colon);
    List<TaskDefinition> revisions = revisions(family);
    if (revisions.isEmpty()) {
      return Optional.empty();
    }
    if (colon < 0) {
      return Optional.of(revisions.get(revisions.size() - 1));
    }
    try {
      int revision = Integer.parseInt(name.substring(colon + 1));
      return revision >= 1 && revision <= revisions.size()
          ? Optional.of(revisions.get(revision - 1)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * {@return the service of that name (in any cluster)}
   *
   * @param serviceName the service's name
   */
  default Optional<Service> service(String serviceName) {
    return services().stream().filter(s -> s.serviceName().equals(serviceName)).findFirst();
  }

  /**
   * {@return the IAM role a reference (name or ARN) designates}
   *
   * @param reference the role's name or ARN
   */
  default Optional<IamRole> role(String reference) {
    String name = Arns.name(reference);
    return roles().stream().filter(r -> r.roleName().equals(name)).findFirst();
  }

  /**
   * {@return the target group a reference (name or ARN) designates}
   *
   * @param reference the target group's name or ARN
   */
  default Optional<TargetGroup> targetGroup(String reference) {
    String name = Arns.name(reference);
    return targetGroups().stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /**
   * {@return the load balancer of that name}
   *
   * @param name the load balancer's name
   */
  default Optional<LoadBalancer> loadBalancer(String name) {
    return loadBalancers().stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /**
   * {@return the load balancers with a listener or rule forwarding to the target group}
   *
   * @param targetGroupName the target group's name
   */
  default List<LoadBalancer> loadBalancersOf(String targetGroupName) {
    List<LoadBalancer> result = new ArrayList<>();
    for (LoadBalancer lb : loadBalancers()) {
      boolean forwards = lb.listeners().stream().anyMatch(l ->
          l.defaultTargetGroup().map(Arns::name).map(targetGroupName::equals).orElse(false)
              || l.rules().stream().flatMap(r -> r.forwardTargets().stream())
                  .anyMatch(t -> Arns.name(t.targetGroupArn()).equals(targetGroupName)));
      if (forwards) {
        result.add(lb);
      }
    }
    return result;
  }

  /**
   * {@return the EFS file system of that id}
   *
   * @param fileSystemId the file system id ({@code fs-...})
   */
  default Optional<EfsFileSystem> efsFileSystem(String fileSystemId) {
    return efsFileSystems().stream().filter(f -> f.fileSystemId().equals(fileSystemId)).findFirst();
  }

  /**
   * {@return the ECR repository of that name}
   *
   * @param repositoryName the repository's name
   */
  default Optional<EcrRepository> ecrRepository(String repositoryName) {
    return ecrRepositories().stream().filter(r -> r.repositoryName().equals(repositoryName)).findFirst();
  }

  /**
   * Starts a builder (validation runs in {@link dev.ecsdsl.Ecs}'s fluent builder, not here).
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Environment}. */
  class Builder extends ImmutableEnvironment.Builder {}
}

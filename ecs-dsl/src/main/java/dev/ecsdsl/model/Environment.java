package dev.ecsdsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The root of a description: one AWS account and region with its VPC, IAM roles, secrets, parameters, ECR
 * repositories, EFS file systems, load balancers, target groups, clusters, task definitions, services and
 * scheduled tasks. Build one with {@link dev.ecsdsl.Ecs#environment(String)}; building validates the whole
 * description and fails with every problem at once.
 *
 * <p>Task definitions of the same family are revisions in the order given: the first is
 * {@code family:1}. A reference to a bare family means its latest revision, as in ECS.
 */
@Value.Immutable
public interface Environment {
  /** Name of the description (used in labels, reports and the timeline). */
  String name();

  /** AWS region, e.g. {@code eu-west-1}. */
  @Value.Default
  default String region() {
    return "us-east-1";
  }

  /** Twelve-digit AWS account id. */
  @Value.Default
  default String accountId() {
    return "123456789012";
  }

  /** The VPC. */
  @Value.Default
  default Vpc vpc() {
    return Vpc.builder().build();
  }

  /** IAM roles. */
  List<IamRole> roles();

  /** Secrets Manager secrets: name → value (test values, never real ones). */
  Map<String, String> secrets();

  /** SSM Parameter Store parameters: name → value. */
  Map<String, String> ssmParameters();

  /** ECR repositories. */
  List<EcrRepository> ecrRepositories();

  /** EFS file systems. */
  List<EfsFileSystem> efsFileSystems();

  /** Load balancers. */
  List<LoadBalancer> loadBalancers();

  /** Target groups of the ALBs and NLBs. */
  List<TargetGroup> targetGroups();

  /** Clusters. */
  List<Cluster> clusters();

  /** Task definitions; repeated families are successive revisions. */
  List<TaskDefinition> taskDefinitions();

  /** Services. */
  List<Service> services();

  /** EventBridge scheduled tasks. */
  List<ScheduledTask> scheduledTasks();

  /** The cluster a reference (name or ARN) designates. */
  default Optional<Cluster> cluster(String reference) {
    String name = Arns.name(reference);
    return clusters().stream().filter(c -> c.clusterName().equals(name)).findFirst();
  }

  /** Every revision of a family, oldest first (index 0 is revision 1). */
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

  /** The service of that name (in any cluster). */
  default Optional<Service> service(String serviceName) {
    return services().stream().filter(s -> s.serviceName().equals(serviceName)).findFirst();
  }

  /** The IAM role a reference (name or ARN) designates. */
  default Optional<IamRole> role(String reference) {
    String name = Arns.name(reference);
    return roles().stream().filter(r -> r.roleName().equals(name)).findFirst();
  }

  /** The target group a reference (name or ARN) designates. */
  default Optional<TargetGroup> targetGroup(String reference) {
    String name = Arns.name(reference);
    return targetGroups().stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The load balancer of that name. */
  default Optional<LoadBalancer> loadBalancer(String name) {
    return loadBalancers().stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /** The load balancers with a listener or rule forwarding to the target group. */
  default List<LoadBalancer> loadBalancersOf(String targetGroupName) {
    List<LoadBalancer> result = new ArrayList<>();
    for (LoadBalancer lb : loadBalancers()) {
      boolean forwards = lb.listeners().stream().anyMatch(l ->
          l.defaultTargetGroup().map(Arns::name).map(targetGroupName::equals).orElse(false)
              || l.rules().stream().anyMatch(r -> Arns.name(r.targetGroup()).equals(targetGroupName)));
      if (forwards) {
        result.add(lb);
      }
    }
    return result;
  }

  /** The EFS file system of that id. */
  default Optional<EfsFileSystem> efsFileSystem(String fileSystemId) {
    return efsFileSystems().stream().filter(f -> f.fileSystemId().equals(fileSystemId)).findFirst();
  }

  /** The ECR repository of that name. */
  default Optional<EcrRepository> ecrRepository(String repositoryName) {
    return ecrRepositories().stream().filter(r -> r.repositoryName().equals(repositoryName)).findFirst();
  }

  /** Starts a builder (validation runs in {@link dev.ecsdsl.Ecs}'s fluent builder, not here). */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Environment}. */
  class Builder extends ImmutableEnvironment.Builder {}
}

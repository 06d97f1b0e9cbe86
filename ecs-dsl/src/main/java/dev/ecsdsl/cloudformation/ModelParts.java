package dev.ecsdsl.cloudformation;

import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.EcrRepository;
import dev.ecsdsl.model.EfsFileSystem;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.IngressRule;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.ScheduledTask;
import dev.ecsdsl.model.SecurityGroup;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.model.TargetGroup;
import dev.ecsdsl.model.TaskDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The model values the resource readers have made so far, by the id they are known by, in template order;
 * {@link TemplateReader} assembles them into the environment once every resource is read.
 */
final class ModelParts {
  Optional<String> vpcId = Optional.empty();
  Optional<String> vpcCidr = Optional.empty();
  final Map<String, Subnet> subnets = new LinkedHashMap<>();
  /** How many subnets were assumed for ids the template does not declare. */
  int placeholderSubnets;
  final Map<String, SecurityGroup.Builder> securityGroups = new LinkedHashMap<>();
  final Map<String, List<IngressRule>> ingress = new LinkedHashMap<>();
  final Map<String, IamRole.Builder> roles = new LinkedHashMap<>();
  /** Instance profile name → its role (name or ARN). */
  final Map<String, String> instanceProfileRoles = new LinkedHashMap<>();
  final Map<String, String> secrets = new LinkedHashMap<>();
  final Map<String, String> ssmParameters = new LinkedHashMap<>();
  final List<EcrRepository> ecrRepositories = new ArrayList<>();
  final Map<String, EfsFileSystem.Builder> fileSystems = new LinkedHashMap<>();
  /** Load balancers by logical id. */
  final Map<String, LoadBalancer.Builder> loadBalancers = new LinkedHashMap<>();
  final List<TargetGroup> targetGroups = new ArrayList<>();
  /** Clusters by cluster name. */
  final Map<String, Cluster.Builder> clusters = new LinkedHashMap<>();
  final List<TaskDefinition> taskDefinitions = new ArrayList<>();
  /** Task definitions by the logical id of their resource. */
  final Map<String, TaskDefinition> taskDefinitionResources = new LinkedHashMap<>();
  /** Services by logical id. */
  final Map<String, Service> services = new LinkedHashMap<>();
  final List<ScheduledTask> scheduledTasks = new ArrayList<>();
  /** Logical ids of the alarms that step scaling policies took. */
  final Set<String> policyAlarms = new HashSet<>();
  /** The environment's alarms (those of no step scaling policy). */
  final List<MetricAlarm> alarms = new ArrayList<>();

  /** The builder of a role, made on first use. */
  IamRole.Builder role(String roleName) {
    return roles.computeIfAbsent(roleName, n -> IamRole.builder().roleName(n));
  }
}

package dev.ecsdsl.json;

import dev.ecsdsl.model.AdvancedConfiguration;
import dev.ecsdsl.model.AwsVpcConfiguration;
import dev.ecsdsl.model.CanaryConfiguration;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.ContainerDependency;
import dev.ecsdsl.model.ContainerRestartPolicy;
import dev.ecsdsl.model.DeploymentAlarms;
import dev.ecsdsl.model.DeploymentCircuitBreaker;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentController;
import dev.ecsdsl.model.DeploymentLifecycleHook;
import dev.ecsdsl.model.DeploymentLifecycleHookTimeoutConfiguration;
import dev.ecsdsl.model.DockerVolumeConfiguration;
import dev.ecsdsl.model.EfsAuthorizationConfig;
import dev.ecsdsl.model.EfsVolumeConfiguration;
import dev.ecsdsl.model.EnvironmentFile;
import dev.ecsdsl.model.EphemeralStorage;
import dev.ecsdsl.model.FirelensConfiguration;
import dev.ecsdsl.model.FsxLustreVolumeConfiguration;
import dev.ecsdsl.model.FsxWindowsFileServerAuthorizationConfig;
import dev.ecsdsl.model.FsxWindowsFileServerVolumeConfiguration;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.model.HostVolumeProperties;
import dev.ecsdsl.model.KernelCapabilities;
import dev.ecsdsl.model.KeyValuePair;
import dev.ecsdsl.model.LinearConfiguration;
import dev.ecsdsl.model.LinuxParameters;
import dev.ecsdsl.model.LogConfiguration;
import dev.ecsdsl.model.MountPoint;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.RepositoryCredentials;
import dev.ecsdsl.model.RuntimePlatform;
import dev.ecsdsl.model.S3VolumeConfiguration;
import dev.ecsdsl.model.Secret;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.ThresholdConfiguration;
import dev.ecsdsl.model.Ulimit;
import dev.ecsdsl.model.Volume;
import dev.ecsdsl.model.VolumeFrom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What ECS itself knows about each JSON object the model reads: the ECS type name, every member ECS accepts
 * in the order of the ECS API model (the order {@code aws ecs ... --generate-cli-skeleton} prints), the
 * model-only members, and the read-only members of describe output. Transcribed from the ECS API model
 * (API version 2014-11-13, as of botocore 1.43). A member ECS accepts that the model does not hold is
 * "unsupported": it is dropped on import with a warning. This table is data only; which members the model
 * holds is read from the model itself ({@link ModelShapes}).
 */
final class EcsMembers {

  /**
   * One ECS object type.
   *
   * @param ecsName the ECS API name of the type, for messages
   * @param ecsMembers every member ECS accepts, in ECS's order
   * @param modelOnly members the model holds that are not ECS members (written after the ECS ones)
   * @param readOnly read-only members of describe output, with the operation they come from
   * @param readOnlyOperation the describe operation whose output carries {@code readOnly}
   * @param readOnlyAliases read-only members whose value stands in for a writable member when that is absent
   */
  record TypeInfo(
      String ecsName,
      List<String> ecsMembers,
      List<String> modelOnly,
      Set<String> readOnly,
      String readOnlyOperation,
      Map<String, String> readOnlyAliases) {

    /** Member names in writing order: ECS's order, then the model-only members. */
    List<String> writeOrder() {
      List<String> order = new java.util.ArrayList<>(ecsMembers);
      order.addAll(modelOnly);
      return order;
    }
  }

  private static final Map<Class<?>, TypeInfo> TYPES = new HashMap<>();

  /** Values ECS accepts for an enum beyond those the model's enum holds. */
  private static final Map<Class<?>, List<String>> ECS_ONLY_VALUES = Map.of();

  static {
    // RegisterTaskDefinition request; read-only members from DescribeTaskDefinition's TaskDefinition.
    put(TaskDefinition.class, "RegisterTaskDefinition input",
        List.of("family", "taskRoleArn", "executionRoleArn", "networkMode", "containerDefinitions", "volumes",
            "placementConstraints", "requiresCompatibilities", "cpu", "memory", "tags", "pidMode", "ipcMode",
            "proxyConfiguration", "inferenceAccelerators", "ephemeralStorage", "runtimePlatform",
            "enableFaultInjection"),
        List.of(),
        List.of("taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt",
            "registeredBy", "deregisteredAt", "deleteRequestedAt"),
        "DescribeTaskDefinition", Map.of());
    put(ContainerDefinition.class, "ContainerDefinition",
        List.of("name", "image", "repositoryCredentials", "cpu", "memory", "memoryReservation", "links",
            "portMappings", "essential", "restartPolicy", "entryPoint", "command", "environment", "environmentFiles",
            "mountPoints", "volumesFrom", "linuxParameters", "secrets", "dependsOn", "startTimeout", "stopTimeout",
            "versionConsistency", "hostname", "user", "workingDirectory", "disableNetworking", "privileged",
            "readonlyRootFilesystem", "dnsServers", "dnsSearchDomains", "extraHosts", "dockerSecurityOptions",
            "interactive", "pseudoTerminal", "dockerLabels", "ulimits", "logConfiguration", "healthCheck",
            "systemControls", "resourceRequirements", "firelensConfiguration", "credentialSpecs"));
    put(RepositoryCredentials.class, "RepositoryCredentials", List.of("credentialsParameter"));
    put(ContainerRestartPolicy.class, "ContainerRestartPolicy",
        List.of("enabled", "ignoredExitCodes", "restartAttemptPeriod"));
    put(PortMapping.class, "PortMapping",
        List.of("containerPort", "hostPort", "protocol", "name", "appProtocol", "containerPortRange"));
    put(KeyValuePair.class, "KeyValuePair", List.of("name", "value"));
    put(EnvironmentFile.class, "EnvironmentFile", List.of("value", "type"));
    put(MountPoint.class, "MountPoint", List.of("sourceVolume", "containerPath", "readOnly"));
    put(VolumeFrom.class, "VolumeFrom", List.of("sourceContainer", "readOnly"));
    put(LinuxParameters.class, "LinuxParameters",
        List.of("capabilities", "devices", "initProcessEnabled", "sharedMemorySize", "tmpfs", "maxSwap", "swappiness"));
    put(KernelCapabilities.class, "KernelCapabilities", List.of("add", "drop"));
    put(Secret.class, "Secret", List.of("name", "valueFrom"));
    put(ContainerDependency.class, "ContainerDependency", List.of("containerName", "condition"));
    put(Ulimit.class, "Ulimit", List.of("name", "softLimit", "hardLimit"));
    put(LogConfiguration.class, "LogConfiguration", List.of("logDriver", "options", "secretOptions"));
    put(HealthCheck.class, "HealthCheck", List.of("command", "interval", "timeout", "retries", "startPeriod"));
    put(FirelensConfiguration.class, "FirelensConfiguration", List.of("type", "options"));
    put(Volume.class, "Volume",
        List.of("name", "host", "dockerVolumeConfiguration", "efsVolumeConfiguration", "s3filesVolumeConfiguration",
            "fsxWindowsFileServerVolumeConfiguration", "configuredAtLaunch"),
        List.of("s3VolumeConfiguration", "fsxLustreVolumeConfiguration"), List.of(), "", Map.of());
    put(HostVolumeProperties.class, "HostVolumeProperties", List.of("sourcePath"));
    put(DockerVolumeConfiguration.class, "DockerVolumeConfiguration",
        List.of("scope", "autoprovision", "driver", "driverOpts", "labels"));
    put(EfsVolumeConfiguration.class, "EFSVolumeConfiguration",
        List.of("fileSystemId", "rootDirectory", "transitEncryption", "transitEncryptionPort", "authorizationConfig"));
    put(EfsAuthorizationConfig.class, "EFSAuthorizationConfig", List.of("accessPointId", "iam"));
    put(FsxWindowsFileServerVolumeConfiguration.class, "FSxWindowsFileServerVolumeConfiguration",
        List.of("fileSystemId", "rootDirectory", "authorizationConfig"));
    put(FsxWindowsFileServerAuthorizationConfig.class, "FSxWindowsFileServerAuthorizationConfig",
        List.of("credentialsParameter", "domain"));
    put(S3VolumeConfiguration.class, "s3VolumeConfiguration (not an ECS type)", List.of(),
        List.of("bucketName"), List.of(), "", Map.of());
    put(FsxLustreVolumeConfiguration.class, "fsxLustreVolumeConfiguration (not an ECS type)", List.of(),
        List.of("fileSystemId"), List.of(), "", Map.of());
    put(PlacementConstraint.class, "PlacementConstraint", List.of("type", "expression"));
    put(RuntimePlatform.class, "RuntimePlatform", List.of("cpuArchitecture", "operatingSystemFamily"));
    put(EphemeralStorage.class, "EphemeralStorage", List.of("sizeInGiB"));
    put(Tag.class, "Tag", List.of("key", "value"));

    // CreateService request; read-only members from DescribeServices' Service.
    // clusterArn stands in for cluster. roleArn does not stand in for role: in describe output it is the
    // service-linked role, which CreateService rejects as 'role'.
    Map<String, String> aliases = Map.of("clusterArn", "cluster");
    put(Service.class, "CreateService input",
        List.of("cluster", "serviceName", "taskDefinition", "availabilityZoneRebalancing", "loadBalancers",
            "serviceRegistries", "desiredCount", "clientToken", "launchType", "capacityProviderStrategy",
            "platformVersion", "role", "deploymentConfiguration", "placementConstraints", "placementStrategy",
            "networkConfiguration", "healthCheckGracePeriodSeconds", "schedulingStrategy", "deploymentController",
            "tags", "enableECSManagedTags", "propagateTags", "enableExecuteCommand", "serviceConnectConfiguration",
            "volumeConfigurations", "vpcLatticeConfigurations"),
        List.of(),
        List.of("serviceArn", "clusterArn", "status", "runningCount", "pendingCount", "platformFamily", "taskSets",
            "deployments", "roleArn", "events", "createdAt", "currentServiceDeployment", "currentServiceRevisions",
            "createdBy", "resourceManagementType"),
        "DescribeServices", aliases);
    put(ServiceLoadBalancer.class, "LoadBalancer",
        List.of("targetGroupArn", "loadBalancerName", "containerName", "containerPort", "advancedConfiguration"));
    put(CapacityProviderStrategyItem.class, "CapacityProviderStrategyItem",
        List.of("capacityProvider", "weight", "base"));
    put(DeploymentConfiguration.class, "DeploymentConfiguration",
        List.of("deploymentCircuitBreaker", "maximumPercent", "minimumHealthyPercent", "alarms", "strategy",
            "bakeTimeInMinutes", "lifecycleHooks", "linearConfiguration", "canaryConfiguration"));
    put(DeploymentCircuitBreaker.class, "DeploymentCircuitBreaker",
        List.of("enable", "rollback", "resetOnHealthyTask", "thresholdConfiguration"));
    put(ThresholdConfiguration.class, "ThresholdConfiguration", List.of("type", "value"));
    put(DeploymentAlarms.class, "DeploymentAlarms", List.of("alarmNames", "rollback", "enable"));
    put(DeploymentLifecycleHook.class, "DeploymentLifecycleHook",
        List.of("hookTargetArn", "roleArn", "lifecycleStages", "hookDetails", "targetType", "timeoutConfiguration"));
    put(DeploymentLifecycleHookTimeoutConfiguration.class, "DeploymentLifecycleHookTimeoutConfiguration",
        List.of("timeoutInMinutes", "action"));
    put(LinearConfiguration.class, "LinearConfiguration", List.of("stepPercent", "stepBakeTimeInMinutes"));
    put(CanaryConfiguration.class, "CanaryConfiguration", List.of("canaryPercent", "canaryBakeTimeInMinutes"));
    put(AdvancedConfiguration.class, "AdvancedConfiguration",
        List.of("alternateTargetGroupArn", "productionListenerRule", "testListenerRule", "roleArn"));
    put(DeploymentController.class, "DeploymentController", List.of("type"));
    put(PlacementStrategy.class, "PlacementStrategy", List.of("type", "field"));
    put(NetworkConfiguration.class, "NetworkConfiguration", List.of("awsvpcConfiguration"));
    put(AwsVpcConfiguration.class, "AwsVpcConfiguration", List.of("subnets", "securityGroups", "assignPublicIp"));
    NewerEcsMembers.putAll(EcsMembers::put);
  }

  private EcsMembers() {}

  /** Adds a type whose members are all ECS members, in ECS's order. */
  static void put(Class<?> type, String ecsName, List<String> ecsMembers) {
    put(type, ecsName, ecsMembers, List.of(), List.of(), "", Map.of());
  }

  private static void put(Class<?> type, String ecsName, List<String> ecsMembers, List<String> modelOnly,
      List<String> readOnly, String readOnlyOperation, Map<String, String> aliases) {
    TYPES.put(type, new TypeInfo(ecsName, ecsMembers, modelOnly, Set.copyOf(readOnly), readOnlyOperation,
        Map.copyOf(aliases)));
  }

  /** What ECS knows about the type; for a model type missing here, only its own name and no ECS extras. */
  static TypeInfo of(Class<?> type) {
    TypeInfo info = TYPES.get(type);
    return info != null ? info : new TypeInfo(type.getSimpleName(), List.of(), List.of(), Set.of(), "", Map.of());
  }

  /** Whether the catalogue describes the type. */
  static boolean knows(Class<?> type) {
    return TYPES.containsKey(type);
  }

  /** Values ECS accepts for the enum that the model does not simulate. */
  static List<String> ecsOnlyValues(Class<?> enumType) {
    return Optional.ofNullable(ECS_ONLY_VALUES.get(enumType)).orElse(List.of());
  }
}

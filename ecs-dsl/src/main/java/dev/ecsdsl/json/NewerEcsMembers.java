package dev.ecsdsl.json;

import dev.ecsdsl.model.CloudMapNamespace;
import dev.ecsdsl.model.Daemon;
import dev.ecsdsl.model.DaemonAlarmConfiguration;
import dev.ecsdsl.model.DaemonDeploymentConfiguration;
import dev.ecsdsl.model.DaemonTaskDefinition;
import dev.ecsdsl.model.EbsTagSpecification;
import dev.ecsdsl.model.ExpressGatewayContainer;
import dev.ecsdsl.model.ExpressGatewayRepositoryCredentials;
import dev.ecsdsl.model.ExpressGatewayScalingTarget;
import dev.ecsdsl.model.ExpressGatewayService;
import dev.ecsdsl.model.ExpressGatewayServiceAwsLogsConfiguration;
import dev.ecsdsl.model.ExpressGatewayServiceNetworkConfiguration;
import dev.ecsdsl.model.InfrastructureOptimization;
import dev.ecsdsl.model.InstanceLaunchTemplate;
import dev.ecsdsl.model.InstanceRequirementsRequest;
import dev.ecsdsl.model.ManagedInstancesNetworkConfiguration;
import dev.ecsdsl.model.ManagedInstancesProvider;
import dev.ecsdsl.model.ManagedInstancesStorageConfiguration;
import dev.ecsdsl.model.MemoryGiBPerVCpuRequest;
import dev.ecsdsl.model.MemoryMiBRequest;
import dev.ecsdsl.model.ServiceConnectAccessLogConfiguration;
import dev.ecsdsl.model.ServiceConnectClientAlias;
import dev.ecsdsl.model.ServiceConnectConfiguration;
import dev.ecsdsl.model.ServiceConnectService;
import dev.ecsdsl.model.ServiceConnectTestTrafficHeaderMatchRules;
import dev.ecsdsl.model.ServiceConnectTestTrafficHeaderRules;
import dev.ecsdsl.model.ServiceConnectTestTrafficRules;
import dev.ecsdsl.model.ServiceConnectTlsCertificateAuthority;
import dev.ecsdsl.model.ServiceConnectTlsConfiguration;
import dev.ecsdsl.model.ServiceManagedEBSVolumeConfiguration;
import dev.ecsdsl.model.ServiceVolumeConfiguration;
import dev.ecsdsl.model.TaskManagedEBSVolumeConfiguration;
import dev.ecsdsl.model.TaskManagedEBSVolumeTerminationPolicy;
import dev.ecsdsl.model.TaskVolumeConfiguration;
import dev.ecsdsl.model.TimeoutConfiguration;
import dev.ecsdsl.model.VCpuCountRangeRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The ECS members of the types of Service Connect, EBS task volumes, Managed Instances, ECS Managed Daemons and
 * Express Mode services, in the order of the ECS API model (for the daemon deployment configuration, whose order
 * the stored references do not show, alphabetical as the API reference's request syntax prints it). Part of
 * {@link EcsMembers}' table, kept apart so that neither file outgrows its job.
 */
final class NewerEcsMembers {
  /** The members both managed EBS volume configurations have, in ECS's order, terminationPolicy left out. */
  private static final List<String> MANAGED_EBS = List.of("encrypted", "kmsKeyId", "volumeType", "sizeInGiB",
      "snapshotId", "volumeInitializationRate", "iops", "throughput", "tagSpecifications", "roleArn");

  /** Where {@link #putAll} puts each type: its class, ECS type name and members. */
  interface Sink {
    /** Adds a type whose members are all ECS members, in ECS's order. */
    void put(Class<?> type, String ecsName, List<String> ecsMembers);
  }

  private NewerEcsMembers() {}

  /** Adds every type of these features. */
  static void putAll(Sink sink) {
    serviceConnect(sink);
    ebs(sink);
    managedInstances(sink);
    sink.put(Daemon.class, "CreateDaemon input", List.of("daemonName", "clusterArn", "daemonTaskDefinitionArn",
        "capacityProviderArns", "deploymentConfiguration", "tags", "propagateTags", "enableECSManagedTags",
        "enableExecuteCommand", "clientToken", "critical"));
    sink.put(DaemonDeploymentConfiguration.class, "DaemonDeploymentConfiguration",
        List.of("alarms", "bakeTimeInMinutes", "drainPercent"));
    sink.put(DaemonAlarmConfiguration.class, "DaemonAlarmConfiguration", List.of("alarmNames", "enable"));
    sink.put(DaemonTaskDefinition.class, "RegisterDaemonTaskDefinition input", List.of("family", "taskRoleArn",
        "executionRoleArn", "containerDefinitions", "cpu", "memory", "volumes", "tags"));
    sink.put(ExpressGatewayService.class, "CreateExpressGatewayService input", List.of("executionRoleArn",
        "infrastructureRoleArn", "serviceName", "cluster", "healthCheckPath", "primaryContainer", "taskRoleArn",
        "networkConfiguration", "cpu", "memory", "scalingTarget", "tags"));
    sink.put(ExpressGatewayContainer.class, "ExpressGatewayContainer", List.of("image", "containerPort",
        "awsLogsConfiguration", "repositoryCredentials", "command", "environment", "secrets"));
    sink.put(ExpressGatewayServiceAwsLogsConfiguration.class, "ExpressGatewayServiceAwsLogsConfiguration",
        List.of("logGroup", "logStreamPrefix"));
    sink.put(ExpressGatewayRepositoryCredentials.class, "ExpressGatewayRepositoryCredentials",
        List.of("credentialsParameter"));
    sink.put(ExpressGatewayServiceNetworkConfiguration.class, "ExpressGatewayServiceNetworkConfiguration",
        List.of("securityGroups", "subnets"));
    sink.put(ExpressGatewayScalingTarget.class, "ExpressGatewayScalingTarget",
        List.of("minTaskCount", "maxTaskCount", "autoScalingMetric", "autoScalingTargetValue"));
    sink.put(CloudMapNamespace.class, "Namespace (Cloud Map)", List.of("name", "type", "id", "accountId", "region",
        "vpc", "description", "tags"));
  }

  private static void serviceConnect(Sink sink) {
    sink.put(ServiceConnectConfiguration.class, "ServiceConnectConfiguration",
        List.of("enabled", "namespace", "services", "logConfiguration", "accessLogConfiguration"));
    sink.put(ServiceConnectService.class, "ServiceConnectService",
        List.of("portName", "discoveryName", "clientAliases", "ingressPortOverride", "timeout", "tls"));
    sink.put(ServiceConnectClientAlias.class, "ServiceConnectClientAlias",
        List.of("port", "dnsName", "testTrafficRules"));
    sink.put(ServiceConnectTestTrafficRules.class, "ServiceConnectTestTrafficRules", List.of("header"));
    sink.put(ServiceConnectTestTrafficHeaderRules.class, "ServiceConnectTestTrafficHeaderRules",
        List.of("name", "value"));
    sink.put(ServiceConnectTestTrafficHeaderMatchRules.class, "ServiceConnectTestTrafficHeaderMatchRules",
        List.of("exact"));
    sink.put(TimeoutConfiguration.class, "TimeoutConfiguration",
        List.of("idleTimeoutSeconds", "perRequestTimeoutSeconds"));
    sink.put(ServiceConnectTlsConfiguration.class, "ServiceConnectTlsConfiguration",
        List.of("issuerCertificateAuthority", "kmsKey", "roleArn"));
    sink.put(ServiceConnectTlsCertificateAuthority.class, "ServiceConnectTlsCertificateAuthority",
        List.of("awsPcaAuthorityArn"));
    sink.put(ServiceConnectAccessLogConfiguration.class, "ServiceConnectAccessLogConfiguration",
        List.of("format", "includeQueryParameters"));
  }

  private static void ebs(Sink sink) {
    sink.put(ServiceVolumeConfiguration.class, "ServiceVolumeConfiguration", List.of("name", "managedEBSVolume"));
    sink.put(TaskVolumeConfiguration.class, "TaskVolumeConfiguration", List.of("name", "managedEBSVolume"));
    List<String> service = new ArrayList<>(MANAGED_EBS);
    service.add("filesystemType");
    sink.put(ServiceManagedEBSVolumeConfiguration.class, "ServiceManagedEBSVolumeConfiguration", service);
    List<String> task = new ArrayList<>(MANAGED_EBS);
    task.add("terminationPolicy");
    task.add("filesystemType");
    sink.put(TaskManagedEBSVolumeConfiguration.class, "TaskManagedEBSVolumeConfiguration", task);
    sink.put(TaskManagedEBSVolumeTerminationPolicy.class, "TaskManagedEBSVolumeTerminationPolicy",
        List.of("deleteOnTermination"));
    sink.put(EbsTagSpecification.class, "EBSTagSpecification", List.of("resourceType", "tags", "propagateTags"));
  }

  private static void managedInstances(Sink sink) {
    sink.put(ManagedInstancesProvider.class, "ManagedInstancesProvider", List.of("infrastructureRoleArn",
        "instanceLaunchTemplate", "propagateTags", "infrastructureOptimization", "autoRepairConfiguration"));
    sink.put(InstanceLaunchTemplate.class, "InstanceLaunchTemplate", List.of("ec2InstanceProfileArn",
        "networkConfiguration", "storageConfiguration", "localStorageConfiguration", "monitoring",
        "capacityOptionType", "instanceMetadataTagsPropagation", "instanceRequirements", "fipsEnabled",
        "capacityReservations"));
    sink.put(ManagedInstancesNetworkConfiguration.class, "ManagedInstancesNetworkConfiguration",
        List.of("subnets", "securityGroups"));
    sink.put(ManagedInstancesStorageConfiguration.class, "ManagedInstancesStorageConfiguration",
        List.of("storageSizeGiB"));
    sink.put(InfrastructureOptimization.class, "InfrastructureOptimization", List.of("scaleInAfter"));
    sink.put(InstanceRequirementsRequest.class, "InstanceRequirementsRequest", List.of("vCpuCount", "memoryMiB",
        "cpuManufacturers", "memoryGiBPerVCpu", "excludedInstanceTypes", "instanceGenerations",
        "spotMaxPricePercentageOverLowestPrice", "onDemandMaxPricePercentageOverLowestPrice", "bareMetal",
        "burstablePerformance", "requireHibernateSupport", "networkInterfaceCount", "localStorage",
        "localStorageTypes", "totalLocalStorageGB", "baselineEbsBandwidthMbps", "acceleratorTypes",
        "acceleratorCount", "acceleratorManufacturers", "acceleratorNames", "acceleratorTotalMemoryMiB",
        "networkBandwidthGbps", "allowedInstanceTypes", "maxSpotPriceAsPercentageOfOptimalOnDemandPrice"));
    sink.put(VCpuCountRangeRequest.class, "VCpuCountRangeRequest", List.of("min", "max"));
    sink.put(MemoryMiBRequest.class, "MemoryMiBRequest", List.of("min", "max"));
    sink.put(MemoryGiBPerVCpuRequest.class, "MemoryGiBPerVCpuRequest", List.of("min", "max"));
  }
}

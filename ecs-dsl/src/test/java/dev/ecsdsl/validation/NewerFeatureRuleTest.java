package dev.ecsdsl.validation;

import static dev.ecsdsl.validation.NewerFeatureFixtures.INFRA_ROLE;
import static dev.ecsdsl.validation.NewerFeatureFixtures.connected;
import static dev.ecsdsl.validation.NewerFeatureFixtures.gp3;
import static dev.ecsdsl.validation.NewerFeatureFixtures.withService;
import static dev.ecsdsl.validation.NewerFeatureFixtures.withServiceConnect;
import static dev.ecsdsl.validation.RuleCase.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.ClusterServiceConnectDefaults;
import dev.ecsdsl.model.CloudMapNamespace;
import dev.ecsdsl.model.CloudMapNamespaceType;
import dev.ecsdsl.model.Daemon;
import dev.ecsdsl.model.DeploymentController;
import dev.ecsdsl.model.EbsVolumeType;
import dev.ecsdsl.model.ExpressGatewayScalingTarget;
import dev.ecsdsl.model.ImmutableCapacityProvider;
import dev.ecsdsl.model.ImmutableCluster;
import dev.ecsdsl.model.ImmutableEnvironment;
import dev.ecsdsl.model.ImmutableExpressGatewayService;
import dev.ecsdsl.model.ImmutableManagedInstancesProvider;
import dev.ecsdsl.model.ImmutableServiceConnectService;
import dev.ecsdsl.model.ImmutableServiceManagedEBSVolumeConfiguration;
import dev.ecsdsl.model.ImmutableTaskDefinition;
import dev.ecsdsl.model.InstanceLaunchTemplate;
import dev.ecsdsl.model.InstanceRequirementsRequest;
import dev.ecsdsl.model.LogConfiguration;
import dev.ecsdsl.model.ManagedInstancesNetworkConfiguration;
import dev.ecsdsl.model.ManagedInstancesProvider;
import dev.ecsdsl.model.MemoryMiBRequest;
import dev.ecsdsl.model.ServiceConnectAccessLogConfiguration;
import dev.ecsdsl.model.ServiceConnectAccessLoggingFormat;
import dev.ecsdsl.model.ServiceConnectClientAlias;
import dev.ecsdsl.model.ServiceConnectService;
import dev.ecsdsl.model.ServiceConnectTestTrafficHeaderRules;
import dev.ecsdsl.model.ServiceConnectTestTrafficRules;
import dev.ecsdsl.model.ServiceVolumeConfiguration;
import dev.ecsdsl.model.TimeoutConfiguration;
import dev.ecsdsl.model.VCpuCountRangeRequest;
import dev.ecsdsl.model.Volume;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per rule of issue 20: Service Connect (API_ServiceConnectConfiguration, API_ServiceConnectService,
 * API_ServiceConnectClientAlias, API_TimeoutConfiguration, API_ClusterServiceConnectDefaultsRequest), EBS volumes
 * configured at launch (API_Volume, API_ServiceVolumeConfiguration, API_TaskManagedEBSVolumeConfiguration), Managed
 * Instances, daemons (API_CreateDaemon) and Express services; each rule's doc page is in the catalogue.
 */
class NewerFeatureRuleTest {

  private static ImmutableServiceConnectService endpoint(ImmutableEnvironment env, String service) {
    return ImmutableServiceConnectService.copyOf(env.services().stream().filter(s -> s.serviceName().equals(service))
        .findFirst().orElseThrow().serviceConnectConfiguration().orElseThrow().services().get(0));
  }

  private static ImmutableEnvironment webEndpoint(UnaryOperator<ImmutableServiceConnectService> change) {
    return withServiceConnect("web", c -> c.withServices(change.apply(endpoint(connected(), "web"))));
  }

  private static ImmutableEnvironment webVolume(UnaryOperator<ImmutableServiceManagedEBSVolumeConfiguration> change) {
    return withService("web", s -> s.withVolumeConfigurations(ServiceVolumeConfiguration.builder().name("data")
        .managedEBSVolume(change.apply(ImmutableServiceManagedEBSVolumeConfiguration.copyOf(gp3(20)))).build()));
  }

  private static ImmutableEnvironment withWebTask(UnaryOperator<ImmutableTaskDefinition> change) {
    ImmutableEnvironment env = connected();
    return env.withTaskDefinitions(env.taskDefinitions().stream().map(t -> t.family().equals("web")
        ? change.apply(ImmutableTaskDefinition.copyOf(t)) : t).toList());
  }

  private static ImmutableEnvironment withProvider(CapacityProvider provider) {
    ImmutableEnvironment env = connected();
    ImmutableCluster prod = ImmutableCluster.copyOf(env.clusters().get(0));
    return env.withClusters(prod.withCapacityProviders(prod.capacityProviders().stream()
        .map(p -> p.name().equals(provider.name()) ? provider : p).toList()));
  }

  private static CapacityProvider managed(InstanceRequirementsRequest requirements) {
    return CapacityProvider.builder().name("mi").type(CapacityProviderType.MANAGED_INSTANCES)
        .managedInstancesProvider(ManagedInstancesProvider.builder().infrastructureRoleArn(INFRA_ROLE)
            .instanceLaunchTemplate(InstanceLaunchTemplate.builder().ec2InstanceProfileArn("ecsInstanceRole")
                .networkConfiguration(ManagedInstancesNetworkConfiguration.builder().addSubnet("subnet-a").build())
                .instanceRequirements(requirements).build())
            .build())
        .build();
  }

  static List<RuleCase> cases() {
    return List.of(
        rule("service-connect-port-name-unknown").breaking("portName that no port mapping has")
            .when(() -> Validator.validate(webEndpoint(e -> e.withPortName("http"))))
            .at("service web → serviceConnectConfiguration → services[0] → portName")
            .saying("portName http is not the name of a port mapping", "named ports: web-http"),
        rule("service-connect-namespace-required").breaking("no namespace and no cluster default")
            .when(() -> Validator.validate(withServiceConnect("web", c -> c.withNamespace(java.util.Optional.empty()))))
            .at("service web → serviceConnectConfiguration → namespace")
            .saying("without a namespace", "cluster prod has no Service Connect default namespace"),
        rule("service-connect-client-alias-max").breaking("two client aliases")
            .when(() -> Validator.validate(webEndpoint(e -> e.withClientAliases(
                ServiceConnectClientAlias.builder().port(80).dnsName("web").build(),
                ServiceConnectClientAlias.builder().port(81).dnsName("web2").build()))))
            .at("service web → serviceConnectConfiguration → services[0] → clientAliases")
            .saying("2 client aliases; ECS allows 1"),
        rule("service-connect-port-range").breaking("alias port 70000")
            .when(() -> Validator.validate(webEndpoint(e -> e.withClientAliases(
                ServiceConnectClientAlias.builder().port(70000).dnsName("web").build()))))
            .at("service web → serviceConnectConfiguration → services[0] → clientAliases[0] → port")
            .saying("client alias port 70000 is outside 0–65535"),
        rule("service-connect-discovery-name-format").breaking("upper case discovery name")
            .when(() -> Validator.validate(webEndpoint(e -> e.withDiscoveryName("Web"))))
            .at("service web → serviceConnectConfiguration → services[0] → discoveryName")
            .saying("discoveryName 'Web'"),
        rule("service-connect-timeout-range").breaking("negative idle timeout")
            .when(() -> Validator.validate(webEndpoint(e -> e.withTimeout(
                TimeoutConfiguration.builder().idleTimeoutSeconds(-1).build()))))
            .at("service web → serviceConnectConfiguration → services[0] → timeout → idleTimeoutSeconds")
            .saying("idleTimeoutSeconds -1 is negative"),
        rule("service-connect-per-request-timeout-needs-app-protocol").breaking("per-request timeout on TCP")
            .when(() -> {
              ImmutableEnvironment env = webEndpoint(e -> e.withTimeout(
                  TimeoutConfiguration.builder().perRequestTimeoutSeconds(30).build()));
              return Validator.validate(env.withTaskDefinitions(env.taskDefinitions().stream()
                  .map(t -> t.family().equals("web") ? tcp(ImmutableTaskDefinition.copyOf(t)) : t).toList()));
            })
            .at("service web → serviceConnectConfiguration → services[0] → timeout → perRequestTimeoutSeconds")
            .saying("port mapping web-http has no appProtocol", "as TCP"),
        rule("service-connect-access-log-needs-log-configuration").breaking("access logs without log configuration")
            .when(() -> Validator.validate(withServiceConnect("web", c -> c.withAccessLogConfiguration(
                ServiceConnectAccessLogConfiguration.builder().format(ServiceConnectAccessLoggingFormat.JSON).build()))))
            .at("service web → serviceConnectConfiguration → accessLogConfiguration")
            .saying("no logConfiguration"),
        rule("service-connect-no-links").breaking("a linked container")
            .when(() -> Validator.validate(withService("worker", s -> s.withServiceConnectConfiguration(
                NewerFeatureFixtures.offering("worker-http", "worker", 8080)))
                .withTaskDefinitions(linked(connected()))))
            .at("service worker → task definition worker:1")
            .saying("links containers"),
        rule("service-connect-unsupported-platform").breaking("the none network mode")
            .when(() -> Validator.validate(withService("worker", s -> s.withServiceConnectConfiguration(
                dev.ecsdsl.model.ImmutableServiceConnectConfiguration.copyOf(
                    NewerFeatureFixtures.offering("worker-http", "worker", 8080))
                    .withServices(List.<ServiceConnectService>of())))
                .withTaskDefinitions(noneMode(connected()))))
            .at("service worker → serviceConnectConfiguration")
            .saying("not supported with the none network mode"),
        rule("service-connect-requires-ecs-controller").breaking("CODE_DEPLOY controller")
            .when(() -> Validator.validate(withService("worker", s -> s.withDeploymentController(
                DeploymentController.builder().type("CODE_DEPLOY").build()))))
            .at("service worker → deploymentController")
            .saying("with the CODE_DEPLOY deployment controller"),
        rule("service-connect-test-traffic-without-blue-green").breaking("test traffic rules on a rolling service")
            .when(() -> Validator.validate(webEndpoint(e -> e.withClientAliases(ServiceConnectClientAlias.builder()
                .port(80).dnsName("web").testTrafficRules(ServiceConnectTestTrafficRules.builder()
                    .header(ServiceConnectTestTrafficHeaderRules.builder().name("x-canary").build()).build())
                .build()))))
            .at("service web → serviceConnectConfiguration → services[0] → clientAliases[0] → testTrafficRules")
            .saying("deploys with ROLLING"),
        rule("service-connect-namespace-unknown").breaking("a namespace the environment lacks")
            .when(() -> Validator.validate(withServiceConnect("web", c -> c.withNamespace("shop"))))
            .at("service web → serviceConnectConfiguration → namespace")
            .saying("namespace shop is neither a namespace of the environment (namespaces: internal)"),
        rule("service-connect-namespace-account-region").breaking("a namespace ARN of another region")
            .when(() -> Validator.validate(withServiceConnect("web", c -> c.withNamespace(
                "arn:aws:servicediscovery:eu-west-1:" + Fixtures.ACCOUNT + ":namespace/ns-abcdef0123456789"))))
            .at("service web → serviceConnectConfiguration → namespace")
            .saying("is in region eu-west-1, not in the service's region us-east-1"),
        rule("service-connect-default-namespace-name").breaking("a cluster default with a hyphen")
            .when(() -> Validator.validate(clusterDefault("shop-internal")))
            .at("cluster prod → serviceConnectDefaults → namespace")
            .saying("default namespace name 'shop-internal'"),
        rule("service-connect-discovery-name-unique").breaking("two services registering web")
            .when(() -> Validator.validate(withServiceConnect("worker", c -> c.withServices(
                endpoint(connected(), "worker").withDiscoveryName("web-http")))))
            .at("service worker → serviceConnectConfiguration → services[0] → discoveryName")
            .saying("discovery name web-http is already used in namespace internal by service web"),
        rule("service-connect-client-alias-unique").breaking("two services answering web:80")
            .when(() -> Validator.validate(withServiceConnect("worker", c -> c.withServices(
                endpoint(connected(), "worker").withClientAliases(
                    ServiceConnectClientAlias.builder().port(80).dnsName("web").build())))))
            .at("service worker → serviceConnectConfiguration → services[0] → clientAliases[0]")
            .saying("client alias web:80 is already used in namespace internal by service web"),
        rule("ebs-one-volume-configured-at-launch").breaking("two volumes configured at launch")
            .when(() -> Validator.validate(withWebTask(t -> t.withVolumes(
                Volume.builder().name("data").configuredAtLaunch(true).build(),
                Volume.builder().name("logs").configuredAtLaunch(true).build()))))
            .at("service web → task definition web:1 → volumes")
            .saying("2 volumes configured at launch (data, logs)"),
        rule("ebs-volume-configuration-name").breaking("a configuration of a volume the task lacks")
            .when(() -> Validator.validate(withService("web", s -> s.withVolumeConfigurations(
                ServiceVolumeConfiguration.builder().name("cache").managedEBSVolume(gp3(20)).build()))))
            .at("service web → volumeConfigurations[0] → name")
            .saying("volume cache is not a volume of task definition web that is configured at launch"),
        rule("ebs-size-or-snapshot").breaking("neither size nor snapshot")
            .when(() -> Validator.validate(webVolume(v -> v.withSizeInGiB(java.util.Optional.empty()))))
            .at("service web → volumeConfigurations[0] → managedEBSVolume")
            .saying("neither sizeInGiB nor snapshotId"),
        rule("ebs-size-range").breaking("a 2 GiB io2 volume")
            .when(() -> Validator.validate(webVolume(v -> v.withVolumeType(EbsVolumeType.IO2).withSizeInGiB(2)
                .withIops(1000))))
            .at("service web → volumeConfigurations[0] → managedEBSVolume → sizeInGiB")
            .saying("sizeInGiB 2 is outside 4–16384 for volume type io2"),
        rule("ebs-iops").breaking("gp3 with 20,000 IOPS")
            .when(() -> Validator.validate(webVolume(v -> v.withIops(20000))))
            .at("service web → volumeConfigurations[0] → managedEBSVolume → iops")
            .saying("iops 20000 is outside 3000–16000 for gp3"),
        rule("ebs-throughput").breaking("throughput on gp2")
            .when(() -> Validator.validate(webVolume(v -> v.withVolumeType(EbsVolumeType.GP2).withThroughput(250))))
            .at("service web → volumeConfigurations[0] → managedEBSVolume → throughput")
            .saying("only gp3 takes it"),
        rule("ebs-initialization-rate-needs-snapshot").breaking("initialization rate without a snapshot")
            .when(() -> Validator.validate(webVolume(v -> v.withVolumeInitializationRate(200))))
            .at("service web → volumeConfigurations[0] → managedEBSVolume → volumeInitializationRate")
            .saying("not created from a snapshot"),
        rule("ebs-magnetic-not-on-fargate").breaking("a magnetic volume on Fargate")
            .when(() -> Validator.validate(webVolume(v -> v.withVolumeType(EbsVolumeType.STANDARD))))
            .at("service web → volumeConfigurations[0] → managedEBSVolume → volumeType")
            .saying("magnetic (standard) volume type is not supported on Fargate"),
        rule("managed-instances-provider-configuration").breaking("a Managed Instances provider without a role")
            .when(() -> Validator.validate(withProvider(CapacityProvider.builder().name("mi")
                .type(CapacityProviderType.MANAGED_INSTANCES).managedInstancesProvider(ManagedInstancesProvider
                    .builder().instanceLaunchTemplate(InstanceLaunchTemplate.builder().ec2InstanceProfileArn("ecsInstanceRole")
                        .networkConfiguration(ManagedInstancesNetworkConfiguration.builder().addSubnet("subnet-a")
                            .build()).build()).build()).build())))
            .at("cluster prod → capacity provider mi → managedInstancesProvider")
            .saying("lacks the infrastructureRoleArn"),
        rule("ecs-role-trust").breaking("a Managed Instances infrastructure role EC2 trusts, not ECS")
            .when(() -> Validator.validate(withProvider(ImmutableCapacityProvider.copyOf(managed(
                InstanceRequirementsRequest.builder().vCpuCount(VCpuCountRangeRequest.builder().min(2).build())
                    .memoryMiB(MemoryMiBRequest.builder().min(1024).build()).build()))
                .withManagedInstancesProvider(ImmutableManagedInstancesProvider.copyOf(managed(
                    InstanceRequirementsRequest.builder().vCpuCount(VCpuCountRangeRequest.builder().min(2).build())
                        .memoryMiB(MemoryMiBRequest.builder().min(1024).build()).build())
                    .managedInstancesProvider().orElseThrow()).withInfrastructureRoleArn("ecsInstanceRole")))))
            .at("cluster prod → capacity provider mi → managedInstancesProvider → infrastructureRoleArn")
            .saying("Managed Instances infrastructure role ecsInstanceRole is trusted by ec2.amazonaws.com but must be "
                + "trusted by ecs.amazonaws.com"),
        rule("managed-instances-instance-requirements").breaking("vCPU min above max")
            .when(() -> Validator.validate(withProvider(managed(InstanceRequirementsRequest.builder()
                .vCpuCount(VCpuCountRangeRequest.builder().min(8).max(4).build())
                .memoryMiB(MemoryMiBRequest.builder().min(1024).build()).build()))))
            .at("cluster prod → capacity provider mi → managedInstancesProvider → instanceLaunchTemplate → "
                + "instanceRequirements → vCpuCount")
            .saying("vCpuCount min 8 is negative or above max 4"),
        rule("daemon-managed-instances-capacity-providers").breaking("a daemon on Fargate")
            .when(() -> Validator.validate(connected().withDaemons(Daemon.builder().daemonName("monitor")
                .clusterArn("prod").daemonTaskDefinitionArn("monitor-agent").addCapacityProviderArn("FARGATE")
                .build())))
            .at("daemon monitor → capacityProviderArns[0]")
            .saying("capacity provider FARGATE is a FARGATE provider"),
        rule("daemon-task-definition-unknown").breaking("a daemon of an unknown daemon task definition")
            .when(() -> Validator.validate(connected().withDaemons(Daemon.builder().daemonName("monitor")
                .clusterArn("prod").daemonTaskDefinitionArn("agent:3").addCapacityProviderArn("mi").build())))
            .at("daemon monitor → daemonTaskDefinitionArn")
            .saying("daemon task definition agent:3 is not in the environment"),
        rule("daemon-name-format").breaking("a daemon name with a dot")
            .when(() -> Validator.validate(connected().withDaemons(Daemon.builder().daemonName("monitor.v2")
                .clusterArn("prod").daemonTaskDefinitionArn("monitor-agent").addCapacityProviderArn("mi").build())))
            .at("daemon monitor.v2 → daemonName")
            .saying("daemon name 'monitor.v2'"),
        rule("express-scaling-range").breaking("more minimum tasks than maximum")
            .when(() -> {
              ImmutableEnvironment env = connected();
              return Validator.validate(env.withExpressGatewayServices(ImmutableExpressGatewayService
                  .copyOf(env.expressGatewayServices().get(0)).withScalingTarget(ExpressGatewayScalingTarget
                      .builder().minTaskCount(5).maxTaskCount(2).build())));
            })
            .at("express service hello → scalingTarget")
            .saying("minTaskCount 5 is negative or above maxTaskCount 2"));
  }

  private static ImmutableTaskDefinition tcp(ImmutableTaskDefinition td) {
    var c = td.containerDefinitions().get(0);
    var port = dev.ecsdsl.model.ImmutablePortMapping.copyOf(c.portMappings().get(0)).withAppProtocol(
        java.util.Optional.empty());
    return td.withContainerDefinitions(dev.ecsdsl.model.ImmutableContainerDefinition.copyOf(c).withPortMappings(port));
  }

  private static List<dev.ecsdsl.model.TaskDefinition> linked(ImmutableEnvironment env) {
    return env.taskDefinitions().stream().map(t -> {
      if (!t.family().equals("worker")) {
        return t;
      }
      var td = ImmutableTaskDefinition.copyOf(t);
      var job = dev.ecsdsl.model.ImmutableContainerDefinition.copyOf(td.containerDefinitions().get(0));
      return (dev.ecsdsl.model.TaskDefinition) td.withContainerDefinitions(job.withLinks("sidecar"),
          Fixtures.container("sidecar").memoryReservation(64).build());
    }).toList();
  }

  private static List<dev.ecsdsl.model.TaskDefinition> noneMode(ImmutableEnvironment env) {
    return env.taskDefinitions().stream().map(t -> t.family().equals("worker")
        ? (dev.ecsdsl.model.TaskDefinition) ImmutableTaskDefinition.copyOf(t)
            .withNetworkMode(dev.ecsdsl.model.NetworkMode.NONE)
            .withContainerDefinitions(Fixtures.container("job").memoryReservation(256).build())
        : t).toList();
  }

  private static ImmutableEnvironment clusterDefault(String namespace) {
    ImmutableEnvironment env = connected();
    return env.withClusters(ImmutableCluster.copyOf(env.clusters().get(0))
        .withServiceConnectDefaults(ClusterServiceConnectDefaults.of(namespace)));
  }

  @TestFactory
  Stream<DynamicTest> eachRuleIsReportedWithItsPathAndMessage() {
    return cases().stream().map(RuleCase::toTest);
  }

  @Test
  void theConnectedShopIsValid() {
    assertThat(Validator.validate(connected()).problems()).isEmpty();
  }

  @Test
  void aClientOnlyServiceAndAClusterDefaultNamespaceAreValid() {
    ImmutableEnvironment env = withServiceConnect("worker", c -> c.withServices(List.<ServiceConnectService>of())
        .withNamespace(java.util.Optional.empty()).withLogConfiguration(LogConfiguration.builder()
            .logDriver("awslogs").build()));
    env = env.withClusters(ImmutableCluster.copyOf(env.clusters().get(0))
        .withServiceConnectDefaults(ClusterServiceConnectDefaults.of("internal")));

    assertThat(Validator.validate(env).problems()).isEmpty();
    assertThat(env.services().get(1).serviceConnectConfiguration().orElseThrow().clientOnly()).isTrue();
  }

  @Test
  void aClusterDefaultNamespaceThatDoesNotExistIsCreatedByEcsAndServesItsServices() {
    ImmutableEnvironment env = withServiceConnect("worker", c -> c.withNamespace(java.util.Optional.empty()));
    env = env.withClusters(ImmutableCluster.copyOf(env.clusters().get(0))
        .withServiceConnectDefaults(ClusterServiceConnectDefaults.of("created")));

    assertThat(Validator.validate(env).problems()).isEmpty();
  }

  @Test
  void aNamespaceByArnOfTheEnvironmentIsFound() {
    CloudMapNamespace ns = CloudMapNamespace.builder().name("internal").type(CloudMapNamespaceType.HTTP).build();
    String arn = ns.arn("us-east-1", Fixtures.ACCOUNT);

    assertThat(arn).matches("arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-[0-9a-f]{16}");
    assertThat(Validator.validate(withServiceConnect("web", c -> c.withNamespace(arn))).problems()).isEmpty();
  }
}

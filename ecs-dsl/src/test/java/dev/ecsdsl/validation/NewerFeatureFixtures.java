package dev.ecsdsl.validation;

import dev.ecsdsl.model.ApplicationProtocol;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.CloudMapNamespace;
import dev.ecsdsl.model.CloudMapNamespaceType;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.Daemon;
import dev.ecsdsl.model.DaemonTaskDefinition;
import dev.ecsdsl.model.ExpressGatewayContainer;
import dev.ecsdsl.model.ExpressGatewayService;
import dev.ecsdsl.model.ImmutableCluster;
import dev.ecsdsl.model.ImmutableEnvironment;
import dev.ecsdsl.model.ImmutableService;
import dev.ecsdsl.model.ImmutableServiceConnectConfiguration;
import dev.ecsdsl.model.ImmutableTaskDefinition;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.InstanceLaunchTemplate;
import dev.ecsdsl.model.ManagedInstancesNetworkConfiguration;
import dev.ecsdsl.model.ManagedInstancesProvider;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.ServiceConnectClientAlias;
import dev.ecsdsl.model.ServiceConnectConfiguration;
import dev.ecsdsl.model.ServiceConnectService;
import dev.ecsdsl.model.ServiceManagedEBSVolumeConfiguration;
import dev.ecsdsl.model.ServiceVolumeConfiguration;
import dev.ecsdsl.model.Volume;
import java.util.function.UnaryOperator;

/**
 * The shop of {@link Fixtures} with what issue 20 adds, valid as a whole: namespace {@code internal}; service web
 * offers its port {@code web-http} (http) as {@code web:80} and worker offers {@code worker-http} as
 * {@code worker:8080} in it; web's task definition has a volume {@code data} configured at launch, which the
 * service configures as a 20 GiB gp3 volume; cluster prod has a Managed Instances capacity provider {@code mi}
 * running daemon {@code monitor}; an Express service {@code hello}.
 */
final class NewerFeatureFixtures {
  static final String INFRA_ROLE = "arn:aws:iam::" + Fixtures.ACCOUNT + ":role/ecsInfrastructureRole";

  private NewerFeatureFixtures() {}

  static ServiceConnectConfiguration offering(String portName, String dnsName, int port) {
    return ServiceConnectConfiguration.builder().enabled(true).namespace("internal")
        .addService(ServiceConnectService.builder().portName(portName)
            .addClientAlias(ServiceConnectClientAlias.builder().port(port).dnsName(dnsName).build()).build())
        .build();
  }

  static ServiceManagedEBSVolumeConfiguration gp3(int sizeInGiB) {
    return ServiceManagedEBSVolumeConfiguration.builder().sizeInGiB(sizeInGiB).roleArn(INFRA_ROLE).build();
  }

  private static ImmutableTaskDefinition namedPort(ImmutableTaskDefinition td, String name,
      ApplicationProtocol protocol) {
    ContainerDefinition c = td.containerDefinitions().get(0);
    PortMapping p = PortMapping.builder().from(c.portMappings().get(0)).name(name).appProtocol(protocol).build();
    return td.withContainerDefinitions(ContainerDefinition.builder().from(c).portMappings(java.util.List.of(p)).build());
  }

  static ImmutableEnvironment connected() {
    ImmutableEnvironment env = Fixtures.shop();
    env = env.withTaskDefinitions(env.taskDefinitions().stream().map(t -> {
      ImmutableTaskDefinition td = ImmutableTaskDefinition.copyOf(t);
      return t.family().equals("web")
          ? namedPort(td, "web-http", ApplicationProtocol.HTTP)
              .withVolumes(Volume.builder().name("data").configuredAtLaunch(true).build())
          : namedPort(td, "worker-http", ApplicationProtocol.HTTP);
    }).toList());
    env = env.withServices(env.services().stream().map(s -> {
      ImmutableService svc = ImmutableService.copyOf(s);
      return s.serviceName().equals("web")
          ? svc.withServiceConnectConfiguration(offering("web-http", "web", 80))
              .withVolumeConfigurations(ServiceVolumeConfiguration.builder().name("data").managedEBSVolume(gp3(20))
                  .build())
          : svc.withServiceConnectConfiguration(offering("worker-http", "worker", 8080));
    }).toList());
    ImmutableCluster prod = ImmutableCluster.copyOf(env.clusters().get(0));
    CapacityProvider mi = CapacityProvider.builder().name("mi").type(CapacityProviderType.MANAGED_INSTANCES)
        .managedInstancesProvider(ManagedInstancesProvider.builder().infrastructureRoleArn(INFRA_ROLE)
            .instanceLaunchTemplate(InstanceLaunchTemplate.builder()
                .ec2InstanceProfileArn("arn:aws:iam::" + Fixtures.ACCOUNT + ":instance-profile/ecsInstanceRole")
                .networkConfiguration(ManagedInstancesNetworkConfiguration.builder().addSubnet("subnet-a")
                    .addSecurityGroup("sg-web").build())
                .build())
            .build())
        .build();
    return env.withRoles(java.util.stream.Stream.concat(env.roles().stream(),
            java.util.stream.Stream.of(Fixtures.role("ecsInfrastructureRole", IamRole.ECS))).toList())
        .withClusters(prod.withCapacityProviders(java.util.stream.Stream.concat(
            prod.capacityProviders().stream(), java.util.stream.Stream.of(mi)).toList()))
        .withNamespaces(CloudMapNamespace.builder().name("internal").type(CloudMapNamespaceType.HTTP).build())
        .withDaemonTaskDefinitions(DaemonTaskDefinition.builder().family("monitor-agent")
            .addContainerDefinition(Fixtures.container("agent").memory(128).build()).build())
        .withDaemons(Daemon.builder().daemonName("monitor").clusterArn("prod")
            .daemonTaskDefinitionArn("monitor-agent").addCapacityProviderArn("mi").build())
        .withExpressGatewayServices(ExpressGatewayService.builder().serviceName("hello")
            .executionRoleArn("ecsTaskExecutionRole").infrastructureRoleArn(INFRA_ROLE)
            .primaryContainer(ExpressGatewayContainer.builder().image("public.ecr.aws/nginx/nginx:1.25").build())
            .build());
  }

  /** The connected shop with service {@code name}'s Service Connect configuration changed. */
  static ImmutableEnvironment withServiceConnect(String name,
      UnaryOperator<ImmutableServiceConnectConfiguration> change) {
    ImmutableEnvironment env = connected();
    return env.withServices(env.services().stream().map(s -> s.serviceName().equals(name)
        ? ImmutableService.copyOf(s).withServiceConnectConfiguration(
            change.apply(ImmutableServiceConnectConfiguration.copyOf(s.serviceConnectConfiguration().orElseThrow())))
        : s).toList());
  }

  /** The connected shop with service {@code name} changed. */
  static ImmutableEnvironment withService(String name, UnaryOperator<ImmutableService> change) {
    ImmutableEnvironment env = connected();
    return env.withServices(env.services().stream()
        .map(s -> s.serviceName().equals(name) ? change.apply(ImmutableService.copyOf(s)) : s).toList());
  }
}

package dev.ecsdsl.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.ApplicationProtocol;
import dev.ecsdsl.model.AvailabilityZoneRebalancing;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.InstanceLaunchTemplate;
import dev.ecsdsl.model.ManagedInstancesNetworkConfiguration;
import dev.ecsdsl.model.ManagedInstancesProvider;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.ServiceConnectConfiguration;
import dev.ecsdsl.model.ServiceManagedEBSVolumeConfiguration;
import dev.ecsdsl.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * The fluent builder describes issue 20's two-service example (storefront calling orders through Service Connect
 * in namespace {@code shop}), an EBS volume per task and a Managed Instances capacity provider, and what it builds
 * is valid.
 */
class ServiceConnectBuilderTest {

  private static Environment storefrontAndOrders() {
    return Ecs.environment("shop")
        .role("ecsInfrastructureRole", r -> r.trustedBy("ecs.amazonaws.com"))
        .role("ecsInstanceRole", r -> r.trustedBy("ec2.amazonaws.com"))
        .namespace("shop")
        .cluster("prod", c -> c.fargateCapacityProviders().serviceConnectDefaults("shop")
            .managedInstancesCapacityProvider("mi", ManagedInstancesProvider.builder()
                .infrastructureRoleArn("arn:aws:iam::123456789012:role/ecsInfrastructureRole")
                .instanceLaunchTemplate(InstanceLaunchTemplate.builder().ec2InstanceProfileArn("ecsInstanceRole")
                    .networkConfiguration(ManagedInstancesNetworkConfiguration.builder()
                        .addSubnet("subnet-default-us-east-1a").build()).build())
                .build()))
        .taskDefinition("orders", td -> td.fargate().cpu(256).memory(512)
            .container("app", a -> a.image("orders:1").portMapping(PortMapping.builder().containerPort(8080)
                .name("orders-http").appProtocol(ApplicationProtocol.HTTP).build()))
            .volume("data", v -> v.configuredAtLaunch()))
        .taskDefinition("storefront", td -> td.fargate().cpu(256).memory(512)
            .container("app", a -> a.image("storefront:1").port(80)))
        .service("orders", s -> s.cluster("prod").taskDefinition("orders").desiredCount(2).fargate().subnets("subnet-default-us-east-1a")
            .serviceConnect(sc -> sc.offer("orders-http", "orders", 8080, 60, 5))
            .ebsVolume("data", ServiceManagedEBSVolumeConfiguration.builder().sizeInGiB(20)
                .roleArn("arn:aws:iam::123456789012:role/ecsInfrastructureRole").build()))
        .service("storefront", s -> s.cluster("prod").taskDefinition("storefront").desiredCount(2).fargate().subnets("subnet-default-us-east-1a")
            .serviceConnect(sc -> { })
            .availabilityZoneRebalancing(AvailabilityZoneRebalancing.DISABLED))
        .build();
  }

  @Test
  void storefrontCallsOrdersByItsAliasInTheClustersDefaultNamespace() {
    Environment env = storefrontAndOrders();

    assertThat(Validator.validate(env).problems()).isEmpty();
    ServiceConnectConfiguration orders = env.services().get(0).serviceConnectConfiguration().orElseThrow();
    assertThat(orders.services()).singleElement().satisfies(s -> {
      assertThat(s.portName()).isEqualTo("orders-http");
      assertThat(s.clientAliases()).singleElement().satisfies(a -> {
        assertThat(a.dnsName()).contains("orders");
        assertThat(a.port()).isEqualTo(8080);
      });
      assertThat(s.timeout().orElseThrow().perRequestTimeoutSeconds()).contains(5);
    });
    assertThat(env.services().get(1).serviceConnectConfiguration().orElseThrow().clientOnly()).isTrue();
    assertThat(env.cluster("prod").orElseThrow().serviceConnectDefaults().orElseThrow().namespace()).isEqualTo("shop");
    assertThat(env.namespace("shop")).isPresent();
  }

  @Test
  void theEbsVolumeRebalancingAndManagedInstancesProviderAreInTheModel() {
    Environment env = storefrontAndOrders();

    assertThat(env.services().get(0).volumeConfigurations()).singleElement()
        .satisfies(v -> assertThat(v.managedEBSVolume().orElseThrow().sizeInGiB()).contains(20));
    assertThat(env.services().get(0).availabilityZoneRebalancingOrDefault()).isEqualTo(AvailabilityZoneRebalancing.ENABLED);
    assertThat(env.services().get(1).availabilityZoneRebalancingOrDefault()).isEqualTo(AvailabilityZoneRebalancing.DISABLED);
    assertThat(env.cluster("prod").orElseThrow().capacityProvider("mi").orElseThrow().type())
        .isEqualTo(CapacityProviderType.MANAGED_INSTANCES);
  }
}

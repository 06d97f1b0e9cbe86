package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.ApplicationProtocol;
import dev.ecsdsl.model.PortMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.Task;

/**
 * Through the AWS SDK: the Service Connect members of DescribeServices' deployments ({@code
 * serviceConnectConfiguration}, {@code serviceConnectResources} with the Cloud Map service of each endpoint;
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Deployment.html) and the proxy container ECS adds
 * to the service's tasks in DescribeTasks (Service Connect components).
 */
class ServiceConnectShapesTest {
  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(5, ClockMode.manual(), Ecs.environment("mesh")
      .namespace("shop")
      .cluster("prod", c -> c.fargateCapacityProviders().serviceConnectDefaults("shop"))
      .taskDefinition("orders", td -> td.fargate().cpu(256).memory(512)
          .container("app", a -> a.image("orders:1").portMapping(PortMapping.builder().containerPort(8080)
              .name("orders-http").appProtocol(ApplicationProtocol.HTTP).build())))
      .service("orders", s -> s.cluster("prod").taskDefinition("orders").desiredCount(1).fargate()
          .subnets("subnet-default-us-east-1a").serviceConnect(sc -> sc.offer("orders-http", "orders", 8080)))
      .build());

  @Test
  void deploymentsCarryTheServiceConnectConfigurationAndItsCloudMapServices() {
    EcsClient client = endpoint.client();

    Deployment deployment = client.describeServices(r -> r.cluster("prod").services("orders")).services().get(0)
        .deployments().get(0);

    assertThat(deployment.serviceConnectConfiguration().enabled()).isTrue();
    assertThat(deployment.serviceConnectConfiguration().services()).singleElement().satisfies(s -> {
      assertThat(s.portName()).isEqualTo("orders-http");
      assertThat(s.clientAliases()).singleElement().satisfies(a -> {
        assertThat(a.dnsName()).isEqualTo("orders");
        assertThat(a.port()).isEqualTo(8080);
      });
    });
    assertThat(deployment.serviceConnectResources()).singleElement().satisfies(r -> {
      assertThat(r.discoveryName()).isEqualTo("orders-http");
      assertThat(r.discoveryArn()).matches("arn:aws:servicediscovery:us-east-1:123456789012:service/srv-[0-9a-f]{16}");
    });
  }

  @Test
  void theServicesTasksShowTheServiceConnectProxyContainer() {
    EcsClient client = endpoint.client();
    endpoint.ecs().clock().advance(java.time.Duration.ofMinutes(2));
    String task = client.listTasks(r -> r.cluster("prod").serviceName("orders")).taskArns().get(0);

    Task described = client.describeTasks(r -> r.cluster("prod").tasks(task)).tasks().get(0);

    assertThat(described.containers()).extracting(c -> c.name()).hasSize(2).first().isEqualTo("app");
    assertThat(described.containers().get(1).name()).startsWith("ecs-service-connect-");
  }
}

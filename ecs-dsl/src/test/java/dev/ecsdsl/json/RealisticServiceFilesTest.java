package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.SchedulingStrategy;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** create-service input as AWS users write it imports into the right fields and comes back as the same JSON. */
class RealisticServiceFilesTest {

  private static Service read(String file) {
    JsonImport<Service> imported = EcsJson.readService(JsonFiles.path(file));
    assertThat(imported.warnings()).as("warnings of " + file).isEmpty();
    return imported.value();
  }

  @ParameterizedTest
  @ValueSource(strings = {"service-web.json", "service-ec2-binpack.json", "service-capacity-providers.json"})
  void readWriteReadGivesAnEqualModel(String file) {
    Service first = read(file);

    JsonImport<Service> again = EcsJson.readService(file, EcsJson.writeService(first));

    assertThat(again.value()).isEqualTo(first);
    assertThat(again.warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"service-web.json", "service-ec2-binpack.json", "service-capacity-providers.json"})
  void writtenJsonIsTheOriginalFileAsJson(String file) {
    assertThat(JsonFiles.tree(EcsJson.writeService(read(file)))).isEqualTo(JsonFiles.tree(JsonFiles.text(file)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"service-web.json", "service-ec2-binpack.json", "service-capacity-providers.json"})
  void isDetectedAsAService(String file) {
    assertThat(EcsJson.detect(JsonFiles.text(file))).isEqualTo(EcsJson.Kind.SERVICE);
  }

  @Test
  void fargateWebServiceLandsInTheRightFields() {
    Service s = read("service-web.json");

    assertThat(s.cluster()).contains("shop-prod");
    assertThat(s.serviceName()).isEqualTo("orders-web");
    assertThat(s.taskDefinition()).isEqualTo("orders-web:42");
    assertThat(s.desiredCount()).contains(3);
    assertThat(s.launchType()).contains(LaunchType.FARGATE);
    assertThat(s.platformVersion()).contains("LATEST");
    assertThat(s.loadBalancers()).containsExactly(ServiceLoadBalancer.targetGroup(
        "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/orders-web/6d0ecf831eec9f09", "web", 8080));
    var deployment = s.deploymentConfiguration().orElseThrow();
    assertThat(deployment.maximumPercent()).contains(200);
    assertThat(deployment.minimumHealthyPercent()).contains(100);
    assertThat(deployment.deploymentCircuitBreaker().orElseThrow().enable()).isTrue();
    assertThat(deployment.deploymentCircuitBreaker().orElseThrow().rollback()).isTrue();
    assertThat(deployment.alarms().orElseThrow().alarmNames()).containsExactly("orders-web-5xx");
    var vpc = s.networkConfiguration().orElseThrow().awsvpcConfiguration();
    assertThat(vpc.subnets()).hasSize(3).first().isEqualTo("subnet-0a1b2c3d4e5f60001");
    assertThat(vpc.securityGroups()).containsExactly("sg-0123456789abcdef0");
    assertThat(vpc.assignPublicIp()).contains("DISABLED");
    assertThat(s.healthCheckGracePeriodSeconds()).contains(60);
    assertThat(s.schedulingStrategy()).contains(SchedulingStrategy.REPLICA);
    assertThat(s.deploymentController().orElseThrow().type()).isEqualTo("ECS");
    assertThat(s.tags()).containsExactly(Tag.of("team", "orders"));
    assertThat(s.enableECSManagedTags()).contains(true);
    assertThat(s.propagateTags()).contains("SERVICE");
    assertThat(s.enableExecuteCommand()).contains(false);
    assertThat(s.placementConstraints()).isEmpty();
    assertThat(s.placementStrategy()).isEmpty();
    assertThat(s.capacityProviderStrategy()).isEmpty();
    assertThat(s.role()).isEmpty();
    assertThat(s.autoScaling()).isEmpty();
  }

  @Test
  void ec2ServiceKeepsPlacementStrategiesInOrder() {
    Service s = read("service-ec2-binpack.json");

    assertThat(s.launchType()).contains(LaunchType.EC2);
    assertThat(s.taskDefinition()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:task-definition/catalog-api:7");
    assertThat(s.role()).contains("ecsServiceRole");
    assertThat(s.placementStrategy()).containsExactly(
        PlacementStrategy.spread("attribute:ecs.availability-zone"), PlacementStrategy.binpack("memory"));
    assertThat(s.placementConstraints()).containsExactly(
        PlacementConstraint.memberOf("attribute:ecs.instance-type =~ t3.* and attribute:ecs.os-type == linux"),
        PlacementConstraint.distinctInstance());
    assertThat(s.deploymentConfiguration().orElseThrow().minimumHealthyPercent()).contains(50);
    assertThat(s.deploymentConfiguration().orElseThrow().deploymentCircuitBreaker()).isEmpty();
    assertThat(s.networkConfiguration()).isEmpty();
  }

  @Test
  void capacityProviderStrategyLandsInTheRightFields() {
    Service s = read("service-capacity-providers.json");

    assertThat(s.launchType()).isEmpty();
    assertThat(s.capacityProviderStrategy()).containsExactly(
        CapacityProviderStrategyItem.of("FARGATE", 2, 1),
        CapacityProviderStrategyItem.builder().capacityProvider("FARGATE_SPOT").weight(4).build());
    assertThat(s.networkConfiguration().orElseThrow().awsvpcConfiguration().assignPublicIp()).isEmpty();
  }
}

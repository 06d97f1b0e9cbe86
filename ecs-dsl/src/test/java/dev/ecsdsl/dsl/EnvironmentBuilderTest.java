package dev.ecsdsl.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PlacementStrategyType;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import org.junit.jupiter.api.Test;

class EnvironmentBuilderTest {

  @Test
  void withoutAVpcAnEnvironmentGetsTheShapeOfAwsDefaultVpc() {
    Environment env = Ecs.environment("t").region("eu-central-1").describe();
    assertThat(env.vpc().cidrBlock()).isEqualTo("172.31.0.0/16");
    assertThat(env.vpc().subnets()).extracting(s -> s.availabilityZone())
        .containsExactly("eu-central-1a", "eu-central-1b", "eu-central-1c");
    assertThat(env.vpc().subnets()).allSatisfy(s -> assertThat(s.usableIpAddressCount()).isEqualTo(4091));
    assertThat(env.vpc().securityGroup("default")).isPresent();
  }

  @Test
  void fargateMeansAwsvpcAndTheFargateCompatibility() {
    TaskDefinition td = Ecs.environment("t")
        .taskDefinition("web", d -> d.fargate().cpu("0.5 vCPU").memory("1 GB")
            .container("app", c -> c.image("nginx").port(80)))
        .describe().taskDefinition("web").orElseThrow();
    assertThat(td.networkMode()).contains(NetworkMode.AWSVPC);
    assertThat(td.requiresCompatibilities()).containsExactly(Compatibility.FARGATE);
    assertThat(td.cpuUnits()).contains(512);
    assertThat(td.memoryMiB()).contains(1024);
  }

  @Test
  void aServiceDescriptionLandsInEcsFields() {
    Service s = Ecs.environment("t")
        .service("web", b -> b.cluster("prod").taskDefinition("web:2").desiredCount(4).ec2()
            .spread("attribute:ecs.availability-zone").binpack("memory").distinctInstance()
            .deployment(50, 150).circuitBreaker(true)
            .loadBalancer("web-tg", "app", 8080).healthCheckGracePeriod(30)
            .subnets("subnet-a").securityGroups("sg-web"))
        .describe().service("web").orElseThrow();
    assertThat(s.placementStrategy()).extracting(p -> p.type())
        .containsExactly(PlacementStrategyType.SPREAD, PlacementStrategyType.BINPACK);
    assertThat(s.deploymentConfiguration().orElseThrow().minimumHealthyPercent()).contains(50);
    assertThat(s.deploymentConfiguration().orElseThrow().deploymentCircuitBreaker().orElseThrow().rollback()).isTrue();
    assertThat(s.networkConfiguration().orElseThrow().awsvpcConfiguration().subnets()).containsExactly("subnet-a");
    assertThat(s.loadBalancers().get(0).targetGroupArn()).contains("web-tg");
  }

  @Test
  void rolesAndReferencesResolveByNameOrArn() {
    Environment env = Ecs.environment("t").account("111122223333")
        .role("web-task", r -> r.trustedBy(IamRole.ECS_TASKS).allow("s3:GetObject", "arn:aws:s3:::b/*"))
        .cluster("prod", c -> c.instanceGroup("asg", g -> g.instanceType("c5.large").capacity(1, 2, 4)
            .zones("us-east-1a", "us-east-1b").attribute("team", "payments")))
        .describe();
    IamRole role = env.role("arn:aws:iam::111122223333:role/web-task").orElseThrow();
    assertThat(role.arn(env.accountId())).isEqualTo("arn:aws:iam::111122223333:role/web-task");
    assertThat(role.statements().get(0).resources()).containsExactly("arn:aws:s3:::b/*");
    assertThat(env.cluster("arn:aws:ecs:us-east-1:111122223333:cluster/prod").orElseThrow()
        .instanceGroup("asg").orElseThrow().attributes()).containsEntry("team", "payments");
  }
}

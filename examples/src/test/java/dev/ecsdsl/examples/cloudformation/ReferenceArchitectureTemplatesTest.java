package dev.ecsdsl.examples.cloudformation;

import static dev.ecsdsl.runtime.waiters.Conditions.serviceSteady;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.cloudformation.EcsCloudFormation;
import dev.ecsdsl.cloudformation.TemplateImport;
import dev.ecsdsl.cloudformation.TemplateOptions;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.PlacementConstraintType;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.validation.Validator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three templates written the way AWS's public ECS reference architectures write theirs (one YAML stack each,
 * with {@code !Sub}, {@code !Ref}, mappings, conditions and parameters), imported and deployed in memory.
 */
class ReferenceArchitectureTemplatesTest {
  private static final Path DIR = Path.of("src/test/resources/cloudformation");

  private static TemplateImport read(String file, TemplateOptions options) {
    TemplateImport imported = EcsCloudFormation.read(DIR.resolve(file), options);
    assertThat(Validator.validate(imported.environment()).errors()).as("valid for ECS").isEmpty();
    return imported;
  }

  private static InMemoryEcs deployed(Environment env) {
    InMemoryEcs ecs = InMemoryEcs.create(3);
    ecs.deploy(env);
    for (var s : env.services()) {
      ecs.await(serviceSteady(s.clusterOrDefault(), s.serviceName())).atMost(Duration.ofMinutes(30));
    }
    return ecs;
  }

  @Test
  void anEc2ClusterBehindAnAlbSpreadsTheWebTasksOverBothZonesAndTheirTargetsTurnHealthy() {
    Environment env = read("ec2-cluster-alb.yaml", TemplateOptions.defaults()).environment();

    assertThat(env.clusters()).singleElement().satisfies(c -> {
      assertThat(c.clusterName()).isEqualTo("shop-cluster");
      assertThat(c.containerInsights()).contains(true);
      assertThat(c.instanceGroups()).singleElement().satisfies(g -> {
        assertThat(g.desiredCapacity()).as("ClusterSize's default").isEqualTo(3);
        assertThat(g.amiId()).as("from the region's mapping").isEqualTo("ami-0fe5f366c083f59ca");
        assertThat(g.iamInstanceProfile()).as("the instance profile's role").isPresent();
      });
    });
    assertThat(env.taskDefinitions().get(0).containerDefinitions().get(0).environment())
        .extracting(e -> e.name() + "=" + e.value()).containsExactly("STAGE=shop", "PORT=80");
    try (InMemoryEcs ecs = deployed(env)) {
      List<Task> web = ListAndDescribe.tasks(ecs.ecs(), "shop-cluster", TaskFilter.running().serviceName("web"));
      assertThat(web).hasSize(3);
      assertThat(web.stream().map(Task::availabilityZone).distinct()).hasSize(2);
      ecs.clock().advance(Duration.ofMinutes(2));
      String targetGroup = env.services().get(0).loadBalancers().get(0).targetGroupArn().orElseThrow();
      assertThat(ecs.elb().describeTargetHealth(r -> r.targetGroupArn(targetGroup)).targetHealthDescriptions())
          .hasSize(3).allSatisfy(t -> assertThat(t.isHealthy()).isTrue());
    }
  }

  @Test
  void fargateServicesInPrivateSubnetsReadTheirSecretAndFollowTheProductionSwitch() {
    Environment staging = read("fargate-private-subnets.yaml", TemplateOptions.defaults()).environment();
    Environment production = read("fargate-private-subnets.yaml",
        TemplateOptions.defaults().withParameter("StackEnvironment", "production")).environment();

    assertThat(staging.cluster("fargate-private-subnets-staging").orElseThrow().defaultCapacityProviderStrategy())
        .extracting(i -> i.capacityProvider()).containsExactly("FARGATE", "FARGATE_SPOT");
    assertThat(production.cluster("fargate-private-subnets-production").orElseThrow()
        .defaultCapacityProviderStrategy()).extracting(i -> i.capacityProvider()).containsExactly("FARGATE");
    assertThat(staging.service("api").orElseThrow().desiredCount()).contains(2);
    assertThat(production.service("api").orElseThrow().desiredCount()).contains(4);
    assertThat(production.service("api").orElseThrow().autoScaling().orElseThrow().maxCapacity()).isEqualTo(12);
    assertThat(staging.vpc().subnets()).extracting(s -> s.cidrBlock())
        .containsExactly("10.20.0.0/24", "10.20.1.0/24", "10.20.2.0/24", "10.20.3.0/24");
    try (InMemoryEcs ecs = deployed(staging)) {
      List<Task> api = ListAndDescribe.tasks(ecs.ecs(), "fargate-private-subnets-staging",
          TaskFilter.running().serviceName("api"));
      // the execution role may read the secret: a denial would stop the tasks before RUNNING
      assertThat(api).hasSize(2);
      assertThat(staging.secrets()).containsEntry("fargate-private-subnets/db-password", "not-a-real-password");
      assertThat(staging.taskDefinition("fargate-private-subnets-api").orElseThrow().containerDefinitions().get(0)
          .environment()).extracting(e -> e.name() + "=" + e.value()).contains("LOG_LEVEL=debug");
    }
  }

  @Test
  void capacityProviderWorkersGetTheirInstancesAttributesAndADaemonOnEveryInstance() {
    TemplateImport imported = read("capacity-provider-workers.yaml", TemplateOptions.defaults());
    Environment env = imported.environment();

    assertThat(env.vpc().subnets()).as("the subnets of the parameter").hasSize(3);
    assertThat(env.cluster("workers").orElseThrow().instanceGroups()).singleElement().satisfies(g -> {
      assertThat(g.attributes()).containsEntry("tier", "large");
      assertThat(g.availabilityZones()).containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
    });
    assertThat(env.taskDefinition("orders-worker").orElseThrow().placementConstraints()).singleElement()
        .satisfies(c -> assertThat(c.type()).isEqualTo(PlacementConstraintType.MEMBER_OF));
    assertThat(env.service("orders-worker").orElseThrow().autoScaling().orElseThrow().stepScalingPolicies())
        .singleElement().satisfies(p -> assertThat(p.alarm().alarmName()).isEqualTo("orders-worker-cpu-high"));
    assertThat(env.scheduledTasks()).singleElement().satisfies(t -> assertThat(t.cluster()).isEqualTo("workers"));
    try (InMemoryEcs ecs = deployed(env)) {
      List<ContainerInstance> instances = ListAndDescribe.containerInstances(ecs.ecs(), "workers");
      List<Task> agents = ListAndDescribe.tasks(ecs.ecs(), "workers", TaskFilter.running().serviceName("log-agent"));
      assertThat(agents).hasSize(instances.size());
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "workers", TaskFilter.running().serviceName("orders-worker")))
          .hasSize(4)
          .extracting(t -> t.ec2InstanceId().orElseThrow()).doesNotHaveDuplicates();
      // managed scaling keeps CapacityProviderReservation at its target of 90%: 4 instances in use need
      // ceil(4 / 0.9) = 5 (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-auto-scaling.html)
      assertThat(instances).as("the group grew from 3 to 5").hasSize(5);
    }
  }
}

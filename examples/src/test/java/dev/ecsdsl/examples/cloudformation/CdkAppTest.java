package dev.ecsdsl.examples.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.cloudformation.EcsCloudFormation;
import dev.ecsdsl.cloudformation.TemplateImport;
import dev.ecsdsl.cloudformation.TemplateOptions;
import dev.ecsdsl.cloudformation.TemplateRules;
import dev.ecsdsl.examples.simulate.StackSimulation;
import dev.ecsdsl.examples.tour.TourRecording;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.ScalingActivity;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TargetHealth;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.validation.Validator;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real CDK app (examples/src/test/cdk/app.js: a VPC, an ECS cluster with an Auto Scaling group capacity
 * provider, a Fargate service behind an ALB with request-count and CPU scaling, an EC2 service with
 * distinctInstance and a spread over zones, an EFS volume and a scheduled Fargate task), synthesized offline by
 * the pinned CDK, imported, and run for an hour in memory under 20 requests a second.
 */
class CdkAppTest {
  private static TemplateImport imported;
  private static InMemoryEcs ecs;
  private static StackSimulation simulation;
  private static TourRecording recording;

  @BeforeAll
  static void synthesizeImportAndPlayAnHour() throws Exception {
    CdkApp.require();
    imported = EcsCloudFormation.read(CdkApp.template(), TemplateOptions.defaults());
    ecs = InMemoryEcs.create(7);
    simulation = new StackSimulation(ecs, imported.environment());
    recording = simulation.run(Duration.ofHours(1), 20);
  }

  @AfterAll
  static void close() {
    if (ecs != null) {
      ecs.close();
    }
  }

  @Test
  void theSynthesizedTemplateImportsIntoAValidEnvironment() {
    Environment env = imported.environment();

    assertThat(Validator.validate(env).errors()).isEmpty();
    assertThat(env.region()).as("from the subnets' zones").isEqualTo("eu-west-1");
    assertThat(env.services()).extracting(s -> s.serviceName()).containsExactly("web", "orders");
    Cluster shop = env.cluster("shop").orElseThrow();
    assertThat(shop.instanceGroups()).singleElement().satisfies(g -> {
      assertThat(g.instanceType()).isEqualTo("m5.large");
      assertThat(g.availabilityZones()).containsExactly("eu-west-1a", "eu-west-1b");
      assertThat(g.desiredCapacity()).isEqualTo(2);
    });
    assertThat(shop.capacityProviders()).singleElement().satisfies(p -> assertThat(p.managedScaling()).isPresent());
    assertThat(env.efsFileSystems()).singleElement().satisfies(f -> assertThat(f.mountTargetSubnets()).hasSize(2));
    assertThat(env.scheduledTasks()).singleElement()
        .satisfies(t -> assertThat(t.scheduleExpression()).isEqualTo("cron(0 2 * * ? *)"));
    assertThat(env.service("web").orElseThrow().autoScaling().orElseThrow().targetTrackingPolicies()).hasSize(2);
  }

  @Test
  void theAmiFromSsmIsAWarningAndCdksOtherResourcesAreIgnoredOnce() {
    assertThat(imported.warnings()).anySatisfy(w -> {
      assertThat(w.rule()).isEqualTo(TemplateRules.UNKNOWABLE_VALUE);
      assertThat(w.message()).contains("/aws/service/ecs/optimized-ami/amazon-linux-2023");
    });
    assertThat(imported.ignoredResources()).containsKeys("AWS::EC2::RouteTable", "AWS::Lambda::Function",
        "AWS::EC2::NatGateway");
    assertThat(imported.warnings()).as("CDK's IAM Conditions: said once, not once per statement")
        .filteredOn(w -> w.message().startsWith("Condition is not evaluated")).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void bothServicesAreSteady() {
    assertThat(simulation.unsettled()).isEmpty();
    assertThat(service("web").isSteady()).isTrue();
    assertThat(service("orders").isSteady()).isTrue();
  }

  @Test
  void theWebServicesTargetsAreHealthyAndServedTheLoad() {
    String targetGroup = imported.environment().service("web").orElseThrow().loadBalancers().get(0).targetGroupArn()
        .orElseThrow();
    List<TargetHealth> health = ecs.elb().describeTargetHealth(r -> r.targetGroupArn(targetGroup))
        .targetHealthDescriptions();

    assertThat(health).isNotEmpty().allSatisfy(t -> assertThat(t.isHealthy()).isTrue());
    assertThat(health).hasSize(service("web").runningCount());
    assertThat(health.stream().mapToLong(TargetHealth::requestCount).sum()).isGreaterThan(0);
  }

  @Test
  void requestCountScalingAddsAWebTask() {
    List<ScalingActivity> activities = ecs.autoScaling()
        .describeScalingActivities(r -> r.cluster("shop").service("web")).scalingActivities();

    assertThat(activities).isNotEmpty();
    assertThat(activities.get(0).fromCount()).isEqualTo(2);
    assertThat(activities.get(0).toCount()).isGreaterThan(2);
    assertThat(activities.get(0).cause()).contains("RequestCountPerTarget");
    assertThat(service("web").desiredCount()).isEqualTo(activities.get(activities.size() - 1)
        .toCount());
  }

  @Test
  void distinctInstanceMakesTheCapacityProviderLaunchAThirdInstance() {
    List<Task> orders = ListAndDescribe.tasks(ecs.ecs(), "shop", TaskFilter.running().serviceName("orders"));
    Set<String> instances = orders.stream().map(t -> t.ec2InstanceId().orElseThrow()).collect(Collectors.toSet());
    List<ContainerInstance> registered = ListAndDescribe.containerInstances(ecs.ecs(), "shop");

    assertThat(orders).hasSize(3);
    assertThat(instances).as("one orders task per instance").hasSize(3);
    assertThat(registered).as("the group started with 2 instances").hasSize(3);
    assertThat(orders.stream().map(Task::availabilityZone).distinct()).containsExactlyInAnyOrder("eu-west-1a",
        "eu-west-1b");
  }

  private static ServiceDescription service(String name) {
    return ecs.ecs().describeServices(r -> r.cluster("shop").services(name)).service();
  }

  @Test
  void theRecordingTellsTheHour() {
    assertThat(recording.phases()).extracting(p -> p.name()).containsExactly("deploy", "under load");
    assertThat(Duration.between(recording.phases().get(1).start(), recording.end())).isEqualTo(Duration.ofHours(1));
    assertThat(recording.scaling()).isPresent();
  }
}

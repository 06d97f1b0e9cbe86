package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.CpuManufacturer;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.InfrastructureOptimization;
import dev.ecsdsl.model.InstanceLaunchTemplate;
import dev.ecsdsl.model.InstanceRequirementsRequest;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.ManagedInstancesNetworkConfiguration;
import dev.ecsdsl.model.ManagedInstancesProvider;
import dev.ecsdsl.model.MemoryMiBRequest;
import dev.ecsdsl.model.VCpuCountRangeRequest;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Amazon ECS Managed Instances (docs/SERVICE-CONNECT.md §3; API reference, ManagedInstancesProvider,
 * InstanceLaunchTemplate, InstanceRequirementsRequest, InfrastructureOptimization): ECS launches instances of a type
 * matching the provider's instance requirements for the tasks that wait, places the tasks on them, and retires
 * instances idle for {@code scaleInAfter} seconds.
 */
class ManagedInstancesTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  /** An Intel instance of 2 to 4 vCPUs and at least 4 GiB: c5.large is the cheapest (assumption A12). */
  private static ManagedInstancesProvider provider(Optional<Integer> scaleInAfter, int minVcpus) {
    ManagedInstancesProvider.Builder provider = ManagedInstancesProvider.builder()
        .infrastructureRoleArn("arn:aws:iam::123456789012:role/ecsInfrastructureRole")
        .instanceLaunchTemplate(InstanceLaunchTemplate.builder().ec2InstanceProfileArn("ecsInstanceRole")
            .networkConfiguration(ManagedInstancesNetworkConfiguration.builder()
                .addSubnets("subnet-default-us-east-1a", "subnet-default-us-east-1b").build())
            .instanceRequirements(InstanceRequirementsRequest.builder()
                .vCpuCount(VCpuCountRangeRequest.builder().min(minVcpus).max(Math.max(4, minVcpus)).build())
                .memoryMiB(MemoryMiBRequest.builder().min(4096).build())
                .addCpuManufacturer(CpuManufacturer.INTEL).build())
            .build());
    scaleInAfter.ifPresent(s -> provider.infrastructureOptimization(
        InfrastructureOptimization.builder().scaleInAfter(s).build()));
    return provider.build();
  }

  private static Environment environment(Optional<Integer> scaleInAfter, int minVcpus, int desiredCount) {
    return Ecs.environment("managed")
        .role("ecsInfrastructureRole", r -> r.trustedBy("ecs.amazonaws.com"))
        .role("ecsInstanceRole", r -> r.trustedBy("ec2.amazonaws.com"))
        .cluster("prod", c -> c.managedInstancesCapacityProvider("mi", provider(scaleInAfter, minVcpus))
            .defaultStrategy("mi", 0, 1))
        .taskDefinition("orders", td -> td.container("app", a -> a.image("orders:1").cpu(512).memory(1024)))
        .service("orders", s -> s.cluster("prod").taskDefinition("orders").desiredCount(desiredCount))
        .build();
  }

  private static List<ContainerInstance> active(InMemoryEcs ecs) {
    return ListAndDescribe.containerInstances(ecs.ecs(), "prod").stream()
        .filter(i -> i.status() == ContainerInstanceStatus.ACTIVE)
        .toList();
  }

  /**
   * InstanceLaunchTemplate: "Amazon ECS automatically selects the instances that match the specified criteria";
   * the tasks wait in PROVISIONING meanwhile and run on the new instances.
   */
  @Test
  void tasksThatWaitMakeEcsLaunchMatchingInstancesAndRunOnThem() {
    try (InMemoryEcs ecs = InMemoryEcs.create(7)) {
      ecs.deploy(environment(Optional.empty(), 2, 4));
      assertThat(ListAndDescribe.containerInstances(ecs.ecs(), "prod")).as("no instance before a task needs one")
          .isEmpty();
      ecs.clock().advance(Duration.ofSeconds(10));
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all())).hasSize(4)
          .allSatisfy(t -> assertThat(t.lastStatus()).isEqualTo(TaskStatus.PROVISIONING));

      ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);

      List<ContainerInstance> instances = active(ecs);
      assertThat(instances).as("c5.large holds three 512-unit, 1 GiB tasks (3992 MiB registered): two instances")
          .hasSize(2).allSatisfy(i -> {
            assertThat(i.attribute("ecs.instance-type")).isEqualTo("c5.large");
            assertThat(i.capacityProviderName()).contains("mi");
          });
      assertThat(instances).extracting(i -> i.attribute("ecs.availability-zone"))
          .as("in the zones of the launch template's subnets").containsExactlyInAnyOrder("us-east-1a", "us-east-1b");
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("orders"))).hasSize(4)
          .allSatisfy(t -> {
        assertThat(t.launchType()).isEqualTo(LaunchType.MANAGED_INSTANCES);
        assertThat(t.capacityProviderName()).contains("mi");
        assertThat(t.containerInstanceArn()).isPresent();
      });
    }
  }

  /** InfrastructureOptimization.scaleInAfter: an idle instance goes after that many seconds (A13). */
  @Test
  void anIdleInstanceIsDrainedAndTerminatedAfterScaleInAfter() {
    try (InMemoryEcs ecs = InMemoryEcs.create(7)) {
      ecs.deploy(environment(Optional.of(120), 2, 2));
      ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);
      assertThat(active(ecs)).hasSize(1);

      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("orders").desiredCount(0).build())
          .service();
      ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);
      ecs.clock().advance(Duration.ofSeconds(60));
      assertThat(active(ecs)).as("idle for less than 120 s").hasSize(1);

      ecs.clock().advance(Duration.ofMinutes(3));
      assertThat(active(ecs)).isEmpty();
      assertThat(ListAndDescribe.containerInstances(ecs.ecs(), "prod")).allSatisfy(i ->
          assertThat(i.status()).isNotEqualTo(ContainerInstanceStatus.ACTIVE));
    }
  }

  /** InfrastructureOptimization.scaleInAfter: -1 keeps idle instances. */
  @Test
  void scaleInAfterMinusOneKeepsIdleInstances() {
    try (InMemoryEcs ecs = InMemoryEcs.create(7)) {
      ecs.deploy(environment(Optional.of(-1), 2, 2));
      ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);
      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("orders").desiredCount(0).build())
          .service();
      ecs.clock().advance(Duration.ofHours(2));

      assertThat(active(ecs)).hasSize(1);
    }
  }

  /** InstanceRequirementsRequest: no type of the table has 64 to 64 vCPUs; the task keeps waiting. */
  @Test
  void aTaskNoMatchingTypeHoldsKeepsWaitingAndTheReasonIsLogged() {
    try (InMemoryEcs ecs = InMemoryEcs.create(7)) {
      ecs.deploy(environment(Optional.empty(), 64, 1));
      ecs.clock().advance(Duration.ofMinutes(5));

      assertThat(ListAndDescribe.containerInstances(ecs.ecs(), "prod")).isEmpty();
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all())).singleElement()
          .satisfies(t -> assertThat(t.lastStatus()).isEqualTo(TaskStatus.PROVISIONING));
      assertThat(ecs.events()).anySatisfy(e -> assertThat(e.message())
          .contains("no instance type matching the instance requirements holds task"));
    }
  }

  /** RunTask with the MANAGED_INSTANCES launch type runs on the cluster's Managed Instances provider. */
  @Test
  void runTaskWithTheManagedInstancesLaunchTypeRunsOnTheProvider() {
    try (InMemoryEcs ecs = InMemoryEcs.create(7)) {
      ecs.deploy(environment(Optional.empty(), 2, 0));
      RunTaskResponse result = ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("orders")
          .launchType(LaunchType.MANAGED_INSTANCES).build());
      assertThat(result.failures()).isEmpty();
      ecs.clock().advance(Duration.ofMinutes(4));

      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running())).singleElement().satisfies(t -> {
        assertThat(t.launchType()).isEqualTo(LaunchType.MANAGED_INSTANCES);
        assertThat(t.capacityProviderName()).contains("mi");
      });
    }
  }

  /**
   * RunTask: a task definition whose requiresCompatibilities lacks MANAGED_INSTANCES does not run there
   * (ClientException, as for EC2 and Fargate), and a cluster without a Managed Instances provider has nowhere
   * to run it; neither starts anything.
   */
  @Test
  void theManagedInstancesLaunchTypeIsRefusedWithoutTheCompatibilityOrAProvider() {
    try (InMemoryEcs ecs = InMemoryEcs.create(7)) {
      ecs.deploy(Ecs.environment("plain")
          .role("ecsInfrastructureRole", r -> r.trustedBy("ecs.amazonaws.com"))
          .role("ecsInstanceRole", r -> r.trustedBy("ec2.amazonaws.com"))
          .cluster("prod", c -> c.managedInstancesCapacityProvider("mi", provider(Optional.empty(), 2)))
          .cluster("ec2", c -> c.instanceGroup("ec2", g -> g.instanceType("m5.large").count(1)))
          .taskDefinition("web", td -> td.fargate().cpu(256).memory(512)
              .container("app", a -> a.image("web:1")))
          .taskDefinition("job", td -> td.container("app", a -> a.image("job:1").memory(128)))
          .build());

      assertThatThrownBy(() -> ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("web")
          .launchType(LaunchType.MANAGED_INSTANCES).build()))
          .isInstanceOf(EcsException.class)
          .hasMessageContaining("Task definition does not support launch_type MANAGED_INSTANCES.");
      assertThatThrownBy(() -> ecs.ecs().runTask(RunTaskRequest.builder().cluster("ec2").taskDefinition("job")
          .launchType(LaunchType.MANAGED_INSTANCES).build()))
          .isInstanceOf(EcsException.class).hasMessageContaining("Managed Instances capacity provider");
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all())).isEmpty();
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "ec2", TaskFilter.all())).isEmpty();
    }
  }
}

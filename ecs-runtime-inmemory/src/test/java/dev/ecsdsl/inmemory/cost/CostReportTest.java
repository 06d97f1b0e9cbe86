package dev.ecsdsl.inmemory.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cost of a simulated run: EC2 instance-hours and root volumes, Fargate vCPU-hours and GB-hours. */
class CostReportTest {
  private static final Duration DAY = Duration.ofDays(1);

  private static Environment environment() {
    return Ecs.environment("cost")
        .vpc(v -> v.subnet("subnet-a", "us-east-1a", "10.0.1.0/24").subnet("subnet-b", "us-east-1b", "10.0.2.0/24"))
        .role("execution", r -> r.trustedBy(IamRole.ECS_TASKS).managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY))
        .cluster("ec2", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(2)
            .zones("us-east-1a", "us-east-1b")))
        .cluster("fargate", c -> c.fargateCapacityProviders())
        .taskDefinition("job", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
            .container("app", a -> a.image("job:1")))
        .build();
  }

  private static RunTaskRequest job(String capacityProvider) {
    return RunTaskRequest.builder().cluster("fargate").taskDefinition("job")
        .addCapacityProviderStrategy(CapacityProviderStrategyItem.of(capacityProvider, 0, 1))
        .networkConfiguration(NetworkConfiguration.of(List.of("subnet-a", "subnet-b"), List.of())).build();
  }

  @Test
  void ec2InstancesAreBilledPerSecondFromLaunchToTerminationWithTheirRootVolumes() {
    try (InMemoryEcs ecs = InMemoryEcs.create(1)) {
      ecs.deploy(environment());
      ContainerInstance first = ListAndDescribe.containerInstances(ecs.ecs(), "ec2").get(0);
      ecs.clock().advance(Duration.ofSeconds(10));
      ecs.faults().terminateInstance(q -> q.cluster("ec2").containerInstance(first.containerInstanceArn()));
      ecs.clock().advance(DAY);
      CostReport report = CostReport.of(ecs);
      long seconds = 60 + DAY.plusSeconds(10).getSeconds();
      assertThat(report.usd(CostLine.Category.EC2)).isCloseTo(seconds / 3600.0 * 0.096, within(1e-9));
      assertThat(report.usd(CostLine.Category.EBS)).isCloseTo(30 * seconds / (730 * 3600.0) * 0.08, within(1e-9));
      assertThat(report.lines().get(0)).satisfies(line -> {
        assertThat(line.item()).isEqualTo("m5.large on-demand");
        assertThat(line.count()).isEqualTo(2);
      });
      assertThat(report.fargateUsd()).isZero();
    }
  }

  @Test
  void fargateTasksAreBilledFromImagePullToStopWithAMinuteMinimum() {
    try (InMemoryEcs ecs = InMemoryEcs.create(1)) {
      ecs.deploy(environment());
      Task shortTask = ecs.ecs().runTask(job("FARGATE")).tasks().get(0);
      Task longTask = ecs.ecs().runTask(job("FARGATE")).tasks().get(0);
      ecs.clock().advance(Duration.ofSeconds(40));
      ecs.ecs().stopTask(q -> q.cluster("fargate").task(shortTask.taskArn()).reason("done"));
      ecs.clock().advance(DAY);
      Task longNow = ecs.ecs().describeTasks(q -> q.cluster("fargate").tasks(longTask.taskArn())).task();
      long longSeconds = Duration.between(longNow.pullStartedAt().orElseThrow(), ecs.clock().now()).getSeconds();
      double hourly = 0.25 * 0.04048 + 0.5 * 0.004445;
      CostReport report = CostReport.of(ecs);
      assertThat(report.usd(CostLine.Category.FARGATE)).isCloseTo((60 + longSeconds) / 3600.0 * hourly, within(1e-9));
      assertThat(report.lines()).filteredOn(l -> l.category() == CostLine.Category.FARGATE).singleElement()
          .satisfies(line -> assertThat(line.item()).isEqualTo("job 0.25 vCPU 0.5 GB x86"));
    }
  }

  @Test
  void fargateSpotTasksGetTheDiscount() {
    try (InMemoryEcs ecs = InMemoryEcs.create(1)) {
      ecs.deploy(environment());
      ecs.ecs().runTask(job("FARGATE"));
      ecs.ecs().runTask(job("FARGATE_SPOT"));
      ecs.clock().advance(DAY);
      CostReport report = CostReport.of(ecs, PriceTable.usEast1().withFargateSpotDiscount(0.5).withEbs(0.08, 0));
      assertThat(report.usd(CostLine.Category.FARGATE_SPOT))
          .isCloseTo(report.usd(CostLine.Category.FARGATE) * 0.5, within(1e-9));
      assertThat(report.lines()).noneMatch(l -> l.category() == CostLine.Category.EBS)
          .as("a root volume of 0 GiB leaves EBS out");
    }
  }

  @Test
  void theTableNamesEveryLineAndTheTotals() {
    try (InMemoryEcs ecs = InMemoryEcs.create(1)) {
      ecs.deploy(environment());
      ecs.ecs().runTask(job("FARGATE"));
      ecs.clock().advance(DAY);
      String table = CostReport.of(ecs).toString();
      assertThat(table).contains("Cost until 2025-01-02T00:00:00Z (USD)")
          .containsPattern("EC2 +m5\\.large on-demand +2 +48\\.0000 instance-hours +4\\.6080")
          .contains("job 0.25 vCPU 0.5 GB x86")
          .containsPattern("total +\\d+\\.\\d{4}");
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "fargate", TaskFilter.all())).hasSize(1);
    }
  }
}

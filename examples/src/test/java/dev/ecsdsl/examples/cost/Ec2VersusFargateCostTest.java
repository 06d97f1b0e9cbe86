package dev.ecsdsl.examples.cost;

import static dev.ecsdsl.runtime.waiters.Conditions.serviceSteady;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.cost.CostLine;
import dev.ecsdsl.inmemory.cost.CostReport;
import dev.ecsdsl.inmemory.cost.PriceTable;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The same API service — six tasks of 0.5 vCPU and 1 GB — for one simulated day, once on two m5.large EC2
 * instances and once on Fargate, priced at us-east-1 list prices ({@link PriceTable#usEast1()}): EC2 bills the
 * instances (and their 30 GiB root volumes) whether the tasks use them or not, Fargate bills each task's vCPU and
 * memory from its image pull to its stop; Fargate Spot takes up to 70% off.
 */
class Ec2VersusFargateCostTest {
  private static final Duration DAY = Duration.ofDays(1);
  private static final int TASKS = 6;

  static Environment api(Consumer<EnvironmentBuilder> capacity, boolean fargate) {
    EnvironmentBuilder builder = Ecs.environment("api")
        .vpc(v -> v.subnet("subnet-a", "us-east-1a", "10.0.1.0/24").subnet("subnet-b", "us-east-1b", "10.0.2.0/24"))
        .role("execution", r -> r.trustedBy(IamRole.ECS_TASKS).managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY))
        .taskDefinition("api", td -> (fargate ? td.fargate() : td.ec2()).cpu(512).memory(1024)
            .executionRole("execution").container("app", a -> a.image("shop/api:1").port(8080)));
    capacity.accept(builder);
    return builder.build();
  }

  static Environment onEc2() {
    return api(b -> b
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(2)
            .zones("us-east-1a", "us-east-1b")))
        .service("api", s -> s.cluster("prod").taskDefinition("api").desiredCount(TASKS).ec2()), false);
  }

  static Environment onFargate(String capacityProvider) {
    return api(b -> b
        .cluster("prod", c -> c.fargateCapacityProviders())
        .service("api", s -> s.cluster("prod").taskDefinition("api").desiredCount(TASKS)
            .capacityProvider(capacityProvider, 0, 1).subnets("subnet-a", "subnet-b")), true);
  }

  static CostReport aDayOf(Environment environment) {
    return aDayOf(environment, PriceTable.usEast1());
  }

  /** Deploys, waits for the service's steady state, runs a day, and prices the run. */
  static CostReport aDayOf(Environment environment, PriceTable prices) {
    try (InMemoryEcs ecs = InMemoryEcs.create(31)) {
      ecs.deploy(environment);
      ecs.await(serviceSteady("prod", "api")).atMost(Duration.ofMinutes(10));
      ecs.clock().advance(DAY);
      return CostReport.of(ecs, prices);
    }
  }

  @Test
  void aDayOnTwoM5LargeInstancesCostsTheirInstanceHoursAndRootVolumes() {
    CostReport ec2 = aDayOf(onEc2());
    // both instances run from the deployment (the start of the virtual clock) to the end of the report
    double hours = 2 * Duration.between(InMemoryEcs.DEFAULT_START, ec2.asOf()).toSeconds() / 3600.0;
    assertThat(ec2.usd(CostLine.Category.EC2)).isCloseTo(hours * 0.096, within(1e-9));
    assertThat(ec2.usd(CostLine.Category.EBS)).isCloseTo(30 * hours / 730 * 0.08, within(1e-9));
    assertThat(ec2.fargateUsd()).isZero();
    assertThat(ec2.totalUsd()).isCloseTo(4.77, within(0.01));
  }

  @Test
  void theSameTasksOnFargateCostTheirVcpuAndMemoryHours() {
    CostReport fargate = aDayOf(onFargate("FARGATE"));
    double perTaskHour = 0.5 * 0.04048 + 1.0 * 0.004445;
    assertThat(fargate.ec2Usd()).isZero();
    // a little over six task-days: each task is billed from its image pull, a few seconds before the day starts
    assertThat(fargate.fargateUsd()).isBetween(TASKS * 24 * perTaskHour, TASKS * 24.01 * perTaskHour);
    assertThat(fargate.totalUsd()).isCloseTo(3.55, within(0.01));
  }

  @Test
  void fargateSpotTakesItsDiscountOffTheSameUsage() {
    CostReport onDemand = aDayOf(onFargate("FARGATE"));
    CostReport spot = aDayOf(onFargate("FARGATE_SPOT"));
    assertThat(spot.usd(CostLine.Category.FARGATE_SPOT)).isCloseTo(onDemand.fargateUsd() * 0.3, within(1e-9));
    assertThat(spot.toString()).contains("FARGATE_SPOT").contains("api 0.5 vCPU 1 GB x86");
  }

  @Test
  void forThisServiceFargateIsCheaperThanTwoHalfUsedInstances() {
    CostReport ec2 = aDayOf(onEc2());
    CostReport fargate = aDayOf(onFargate("FARGATE"));
    assertThat(fargate.totalUsd()).isLessThan(ec2.totalUsd());
    // with a negotiated EC2 rate the answer turns: what-if prices are one override away
    CostReport discounted = aDayOf(onEc2(), PriceTable.usEast1().withEc2Hourly("m5.large", 0.06));
    assertThat(discounted.totalUsd()).isLessThan(fargate.totalUsd());
  }
}

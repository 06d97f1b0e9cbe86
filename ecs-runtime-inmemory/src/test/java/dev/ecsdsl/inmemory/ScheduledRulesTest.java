package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.ScheduledTask;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RuntimeEvent;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * EventBridge scheduled rules with ECS targets on the virtual clock: firings at the schedule's times in UTC,
 * RunTask with the target's parameters, failures logged and the rule firing on.
 */
class ScheduledRulesTest {
  private static final Instant TEN_PAST_MIDNIGHT = Instant.parse("2025-01-01T00:10:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  private static EnvironmentBuilder batch(UnaryOperator<ScheduledTask.Builder> rule) {
    return Ecs.environment("batch")
        .cluster("jobs", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1).zones("us-east-1a")))
        .taskDefinition("report", td -> td.container("report", a -> a.image("report:1").memory(512).cpu(256)))
        .taskDefinition("huge", td -> td.container("app", a -> a.image("huge:1").memory(16000)))
        .scheduledTask(rule.apply(ScheduledTask.builder().ruleName("report").cluster("jobs")
            .taskDefinition("report").launchType(LaunchType.EC2)).build());
  }

  private static InMemoryEcs deployed(EnvironmentBuilder environment) {
    return deployed(7, environment);
  }

  private static InMemoryEcs deployed(long seed, EnvironmentBuilder environment) {
    InMemoryEcs ecs = InMemoryEcs.create(seed, TEN_PAST_MIDNIGHT, Timings.defaults());
    ecs.behaviour("report", "report", ContainerBehaviour.exitsAfter(Duration.ofMinutes(5), 0));
    ecs.deploy(environment.build());
    return ecs;
  }

  private static List<Task> startedByRule(InMemoryEcs ecs, String rule) {
    return ListAndDescribe.tasks(ecs.ecs(), "jobs", TaskFilter.all().startedBy("events-rule/" + rule)).stream()
        .sorted(Comparator.comparing(Task::createdAt)).toList();
  }

  /**
   * Moves the clock by {@code duration} in half hours and returns every task the rule started meanwhile, each as
   * last seen: ECS forgets a stopped task an hour after it stopped, so a day's tasks are collected as they run.
   */
  private static List<Task> runCollecting(InMemoryEcs ecs, String rule, Duration duration) {
    java.util.Map<String, Task> seen = new java.util.LinkedHashMap<>();
    Duration step = Duration.ofMinutes(30);
    for (Duration done = Duration.ZERO; done.compareTo(duration) < 0; done = done.plus(step)) {
      ecs.clock().advance(step.compareTo(duration.minus(done)) < 0 ? step : duration.minus(done));
      startedByRule(ecs, rule).forEach(t -> seen.put(t.taskArn(), t));
    }
    return seen.values().stream().sorted(Comparator.comparing(Task::createdAt)).toList();
  }

  private static List<RuntimeEvent> ruleEvents(InMemoryEcs ecs) {
    return ecs.events().stream().filter(e -> e.type() == EventType.SCHEDULED_RULE).toList();
  }

  @Test
  void aRateRuleRunsEveryIntervalCountedFromWhenTheRuleWasCreated() {
    // eb-rate-expressions: "A rate expression starts when you create the scheduled event rule"
    try (InMemoryEcs ecs = deployed(batch(r -> r.scheduleExpression("rate(3 hours)")))) {
      List<Task> tasks = runCollecting(ecs, "report", DAY);
      assertThat(tasks).extracting(Task::createdAt).containsExactly(
          Instant.parse("2025-01-01T03:10:00Z"), Instant.parse("2025-01-01T06:10:00Z"),
          Instant.parse("2025-01-01T09:10:00Z"), Instant.parse("2025-01-01T12:10:00Z"),
          Instant.parse("2025-01-01T15:10:00Z"), Instant.parse("2025-01-01T18:10:00Z"),
          Instant.parse("2025-01-01T21:10:00Z"), Instant.parse("2025-01-02T00:10:00Z"));
      assertThat(tasks.subList(0, 7)).allSatisfy(t -> assertThat(t.lastStatus()).isEqualTo(TaskStatus.STOPPED));
      assertThat(ruleEvents(ecs)).filteredOn(e -> e.message().startsWith("RunTask started 1 task(s)")).hasSize(8);
    }
  }

  @Test
  void aCronRuleRunsAtItsTimeInUtcEveryDay() {
    // eb-scheduled-rule-pattern: scheduled rules run in UTC; cron(0 2 * * ? *) is 02:00 every day
    try (InMemoryEcs ecs = deployed(batch(r -> r.scheduleExpression("cron(0 2 * * ? *)")))) {
      assertThat(runCollecting(ecs, "report", Duration.ofDays(3))).extracting(Task::createdAt).containsExactly(
          Instant.parse("2025-01-01T02:00:00Z"), Instant.parse("2025-01-02T02:00:00Z"),
          Instant.parse("2025-01-03T02:00:00Z"));
    }
  }

  @Test
  void theTasksCarryTheTargetsParametersAndEventBridgesStartedBy() {
    try (InMemoryEcs ecs = deployed(batch(r -> r.scheduleExpression("rate(1 hour)").taskCount(3)
        .group("reports")))) {
      ecs.clock().advance(Duration.ofHours(1));

      List<Task> tasks = startedByRule(ecs, "report");
      assertThat(tasks).hasSize(3).allSatisfy(t -> {
        assertThat(t.group()).isEqualTo("reports");
        assertThat(t.startedBy()).contains("events-rule/report");
        assertThat(t.launchType()).isEqualTo(LaunchType.EC2);
      });
    }
  }

  @Test
  void aRuleWithACapacityProviderStrategyAndNetworkConfigurationRunsItsTasksOnFargate() {
    EnvironmentBuilder environment = Ecs.environment("batch")
        .vpc(v -> v.subnet("subnet-a", "us-east-1a", "10.0.1.0/24")
            .securityGroup("sg-jobs", sg -> sg.ingress(8080, "10.0.0.0/16")))
        .cluster("jobs", c -> c.fargateCapacityProviders())
        .taskDefinition("report", td -> td.fargate().cpu(256).memory(512)
            .container("report", a -> a.image("report:1")))
        .scheduledTask(ScheduledTask.builder().ruleName("report").cluster("jobs").taskDefinition("report")
            .scheduleExpression("rate(1 day)").taskCount(4)
            .addCapacityProviderStrategy(CapacityProviderStrategyItem.of("FARGATE", 1, 1))
            .addCapacityProviderStrategy(CapacityProviderStrategyItem.of("FARGATE_SPOT", 0, 1))
            .networkConfiguration(NetworkConfiguration.of(List.of("subnet-a"), List.of("sg-jobs"))).build());
    try (InMemoryEcs ecs = deployed(environment)) {
      ecs.clock().advance(DAY);

      List<Task> tasks = startedByRule(ecs, "report");
      assertThat(tasks).hasSize(4).allSatisfy(t -> {
        assertThat(t.launchType()).isEqualTo(LaunchType.FARGATE);
        assertThat(t.availabilityZone()).isEqualTo("us-east-1a");
      });
      assertThat(tasks).extracting(t -> t.capacityProviderName().orElseThrow())
          .contains("FARGATE", "FARGATE_SPOT").containsOnly("FARGATE", "FARGATE_SPOT");
    }
  }

  @Test
  void aDisabledRuleNeverRuns() {
    try (InMemoryEcs ecs = deployed(batch(r -> r.scheduleExpression("rate(1 minute)").enabled(false)))) {
      ecs.clock().advance(DAY);

      assertThat(startedByRule(ecs, "report")).isEmpty();
      assertThat(ruleEvents(ecs)).singleElement().satisfies(e ->
          assertThat(e.message()).isEqualTo("DISABLED: rate(1 minute) never runs"));
    }
  }

  @Test
  void aFiringThatPlacesNothingIsLoggedWithTheReasonAndTheNextFiringStillHappens() {
    try (InMemoryEcs ecs = deployed(batch(r -> r.scheduleExpression("rate(1 hour)").taskDefinition("huge")))) {
      ecs.clock().advance(Duration.ofHours(2));

      List<RuntimeEvent> firings = ruleEvents(ecs).subList(1, ruleEvents(ecs).size());
      assertThat(firings).extracting(RuntimeEvent::at)
          .containsExactly(Instant.parse("2025-01-01T01:10:00Z"), Instant.parse("2025-01-01T02:10:00Z"));
      assertThat(firings).allSatisfy(e -> assertThat(e.message())
          .startsWith("RunTask started 0 of 1 task(s): no container instance met all requirements")
          .contains("memory"));
      assertThat(ecs.events()).filteredOn(e -> e.type() == EventType.TASK_PLACEMENT_FAILED).hasSize(2);
    }
  }

  @Test
  void aFiringWhoseRunTaskFailsIsLoggedAndTheRuleRunsAgainOnceTheClusterCan() {
    try (InMemoryEcs ecs = deployed(batch(r -> r.scheduleExpression("rate(1 hour)")))) {
      String instance = ListAndDescribe.containerInstances(ecs.ecs(), "jobs").get(0).containerInstanceArn();
      ecs.faults().terminateInstance(q -> q.cluster("jobs").containerInstance(instance));
      ecs.clock().advance(Duration.ofHours(1));
      ecs.faults().launchInstance(q -> q.cluster("jobs").instanceGroup("hosts"));
      ecs.clock().advance(Duration.ofHours(1));

      List<RuntimeEvent> events = ruleEvents(ecs);
      assertThat(events.get(1).message())
          .isEqualTo("RunTask failed: InvalidParameterException: No Container Instances were found in your cluster.");
      assertThat(events.get(2).message()).startsWith("RunTask started 1 task(s): task/");
      assertThat(startedByRule(ecs, "report")).extracting(Task::createdAt)
          .containsExactly(Instant.parse("2025-01-01T02:10:00Z"));
    }
  }

  @Test
  void rulesAreBackgroundWorkSoAnIdleRuntimeStaysIdle() {
    try (InMemoryEcs ecs = deployed(batch(r -> r.scheduleExpression("rate(1 hour)")))) {
      assertThat(ecs.clock().runUntilIdle(DAY)).isZero();
      assertThat(startedByRule(ecs, "report")).isEmpty();

      ecs.clock().advance(Duration.ofHours(1));
      assertThat(startedByRule(ecs, "report")).hasSize(1);
      assertThat(ecs.clock().runUntilIdle(DAY)).as("until the task's container exits and the task stops")
          .isGreaterThan(Duration.ofMinutes(5)).isLessThan(Duration.ofMinutes(10));
      assertThat(startedByRule(ecs, "report")).singleElement()
          .satisfies(t -> assertThat(t.lastStatus()).isEqualTo(TaskStatus.STOPPED));
    }
  }

  @Test
  void theSameSeedGivesTheSameTimeline() {
    EnvironmentBuilder environment = batch(r -> r.scheduleExpression("cron(0/20 * * * ? *)").taskCount(2));
    String first;
    try (InMemoryEcs ecs = deployed(environment)) {
      ecs.clock().advance(Duration.ofHours(3));
      first = ecs.events().timeline();
    }
    try (InMemoryEcs ecs = deployed(environment)) {
      ecs.clock().advance(Duration.ofHours(3));
      assertThat(ecs.events().timeline()).isEqualTo(first).contains("SCHEDULED_RULE");
    }
    try (InMemoryEcs other = deployed(8, environment)) {
      other.clock().advance(Duration.ofHours(3));
      assertThat(other.events().timeline()).as("another seed, other task ids").isNotEqualTo(first);
    }
  }
}

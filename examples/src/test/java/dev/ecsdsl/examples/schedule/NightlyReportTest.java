package dev.ecsdsl.examples.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.examples.ShopEnvironment;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shop's nightly report: an EventBridge rule, {@code cron(0 2 * * ? *)}, runs the {@code nightly-report} task
 * definition on Fargate at 02:00 UTC every night; the report takes a quarter of an hour and exits 0.
 */
class NightlyReportTest {

  @Test
  void theNightlyReportRunsOncePerNightAt0200UtcAndCompletes() {
    try (InMemoryEcs ecs = InMemoryEcs.create(2024)) {         // the clock starts at 2025-01-01T00:00:00Z
      ecs.deploy(ShopEnvironment.build());
      ecs.behaviour("nightly-report", "report", ContainerBehaviour.exitsAfter(Duration.ofMinutes(15), 0));

      // ECS shows a stopped task for an hour after it stopped: each night's report is looked at that night, at 02:30
      List<Task> reports = new ArrayList<>();
      for (int night = 0; night < 3; night++) {
        ecs.clock().advance(night == 0 ? Duration.ofMinutes(150) : Duration.ofDays(1));
        reports.addAll(ListAndDescribe.tasks(ecs.ecs(), "shop-web",
                TaskFilter.all().startedBy("events-rule/nightly-report")).stream()
            .sorted(Comparator.comparing(Task::createdAt)).toList());
      }
      assertThat(reports).extracting(Task::createdAt).containsExactly(Instant.parse("2025-01-01T02:00:00Z"),
          Instant.parse("2025-01-02T02:00:00Z"), Instant.parse("2025-01-03T02:00:00Z"));
      assertThat(reports).allSatisfy(report -> {
        assertThat(report.launchType()).isEqualTo(LaunchType.FARGATE);
        assertThat(report.lastStatus()).isEqualTo(TaskStatus.STOPPED);
        assertThat(report.stopCode()).contains(StopCode.EssentialContainerExited);
        assertThat(report.container("report").exitCode()).contains(0);
        assertThat(Duration.between(report.createdAt(), report.stoppedAt().orElseThrow()))
            .isBetween(Duration.ofMinutes(15), Duration.ofMinutes(17));
      });
      assertThat(ecs.events().timeline())
          .contains("SCHEDULED_RULE             shop-web rule/nightly-report  ENABLED: cron(0 2 * * ? *), first run"
              + " at 2025-01-01T02:00:00Z")
          .contains("+02:00:00.000  SCHEDULED_RULE             shop-web rule/nightly-report  RunTask started 1 task(s)")
          .contains("+50:00:00.000  SCHEDULED_RULE             shop-web rule/nightly-report  RunTask started 1 task(s)")
          .contains("report exited with code 0");
    }
  }
}

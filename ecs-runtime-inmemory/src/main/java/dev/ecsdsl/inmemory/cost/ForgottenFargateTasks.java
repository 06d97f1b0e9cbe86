package dev.ecsdsl.inmemory.cost;

import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.runtime.Task;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Fargate tasks a runtime has forgotten (ECS forgets a stopped task an hour after it stopped), kept as billing
 * totals only: one entry per task definition, cluster, capacity provider and size, however many tasks it stands
 * for, so that {@link CostReport} still bills them and memory stays flat.
 */
public final class ForgottenFargateTasks {
  private final Map<Key, Total> totals = new LinkedHashMap<>();

  /**
   * Records a task as it is forgotten: a Fargate task that started to pull its images is billed from then to
   * when it stopped; others cost nothing of their own.
   *
   * @param task the task, as DescribeTasks showed it last
   */
  public void forgotten(Task task) {
    if (task.launchType() != LaunchType.FARGATE || task.pullStartedAt().isEmpty()) {
      return;
    }
    Instant stopped = task.stoppedAt().orElse(task.pullStartedAt().get());
    Total total = totals.computeIfAbsent(new Key(task.taskDefinitionArn(), task.clusterArn(),
        task.capacityProviderName(), task.cpu(), task.memory()), k -> new Total(task));
    total.count++;
    total.seconds += Billing.seconds(task.pullStartedAt().get(), stopped);
  }

  /** {@return the totals, each with a task it stands for} */
  Collection<Total> totals() {
    return List.copyOf(totals.values());
  }

  private record Key(String taskDefinitionArn, String clusterArn, Optional<String> capacityProvider, int cpu,
      int memory) {}

  /** Tasks billed together: one of them (its shape), how many, and their billed seconds. */
  static final class Total {
    final Task sample;
    int count;
    long seconds;

    Total(Task sample) {
      this.sample = sample;
    }
  }
}

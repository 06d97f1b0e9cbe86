package dev.ecsdsl.junit.assertj;

import dev.ecsdsl.runtime.Task;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How tasks spread over the values of an attribute, the way ECS's {@code spread} strategy sees it: every
 * value the tasks could run on counts, also those that run none.
 */
final class Spread {
  static final String ZONE = "ecs.availability-zone";
  static final String INSTANCE = "instanceId";
  private final Map<String, Integer> counts;

  private Spread(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /**
   * The tasks per value of {@code attribute} (as read by {@code valueOf}), over {@code possible} values as
   * well as those the tasks have.
   */
  static Spread of(Collection<Task> tasks, Function<Task, String> valueOf, Collection<String> possible) {
    Map<String, Integer> counts = new TreeMap<>();
    possible.forEach(v -> counts.put(v, 0));
    tasks.forEach(t -> counts.merge(valueOf.apply(t), 1, Integer::sum));
    return new Spread(counts);
  }

  /** {@code attribute} without ECS's {@code attribute:} prefix. */
  static String name(String attribute) {
    return attribute.startsWith("attribute:") ? attribute.substring("attribute:".length()) : attribute;
  }

  /** The value a task has without looking at its instance, for zone and instance id. */
  static Optional<String> ownValue(Task task, String attribute) {
    return switch (name(attribute)) {
      case ZONE -> Optional.of(task.availabilityZone());
      case INSTANCE -> Optional.of(task.ec2InstanceId().orElse("(no instance)"));
      default -> Optional.empty();
    };
  }

  /** Whether no value has more than one task more than another. */
  boolean isEven() {
    return counts.isEmpty() || max() - min() <= 1;
  }

  /** Whether more than one value has tasks (or there are fewer than two tasks). */
  boolean coversSeveral() {
    long used = counts.values().stream().filter(c -> c > 0).count();
    return used > 1 || counts.values().stream().mapToInt(Integer::intValue).sum() < 2;
  }

  private int max() {
    return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  private int min() {
    return counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
  }

  @Override
  public String toString() {
    return counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
  }
}

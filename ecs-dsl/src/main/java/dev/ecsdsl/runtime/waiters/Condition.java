package dev.ecsdsl.runtime.waiters;

import dev.ecsdsl.runtime.EcsRuntime;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Something a test waits for, with words for it: {@link #description()} is what a timeout message says was awaited
 * and {@link #lastSeen} what it says was seen instead.
 *
 * <pre>{@code
 * runtime.await(Condition.of("3 tasks of web running",
 *     r -> r.ecs().listTasks(l -> l.cluster("prod").serviceName("web")).taskArns().size() == 3))
 *     .atMost(Duration.ofMinutes(5));
 * }</pre>
 */
public interface Condition {
  /** {@return what is awaited, e.g. {@code service web of cluster prod to reach a steady state}} */
  String description();

  /**
   * Whether the condition holds now. The runtime asks after every event (in memory) or every few milliseconds
   * (Docker); it may throw (e.g. {@link WaiterFailureException}) to end the wait at once.
   *
   * @param runtime the runtime waited on
   * @return whether it holds
   */
  boolean isMet(EcsRuntime runtime);

  /**
   * What the runtime looks like in the condition's terms, for the message when the wait times out (asked once).
   *
   * @param runtime the runtime waited on
   * @return the state seen, e.g. a service's counts, deployments and latest events; empty to say nothing
   */
  default String lastSeen(EcsRuntime runtime) {
    return "";
  }

  /**
   * A condition from a description and a test.
   *
   * @param description what is awaited, in words
   * @param test whether it holds
   * @return the condition
   */
  static Condition of(String description, Predicate<EcsRuntime> test) {
    return of(description, test, r -> "");
  }

  /**
   * A condition from a description, a test and what to report when it does not hold in time.
   *
   * @param description what is awaited, in words
   * @param test whether it holds
   * @param lastSeen what the runtime looks like in the condition's terms
   * @return the condition
   */
  static Condition of(String description, Predicate<EcsRuntime> test, Function<EcsRuntime, String> lastSeen) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(lastSeen, "lastSeen");
    return new Condition() {
      @Override
      public String description() {
        return description;
      }

      @Override
      public boolean isMet(EcsRuntime runtime) {
        return test.test(runtime);
      }

      @Override
      public String lastSeen(EcsRuntime runtime) {
        return lastSeen.apply(runtime);
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }
}

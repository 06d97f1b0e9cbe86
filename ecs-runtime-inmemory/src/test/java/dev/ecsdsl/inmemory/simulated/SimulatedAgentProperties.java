package dev.ecsdsl.inmemory.simulated;

import static dev.ecsdsl.inmemory.simulated.Fixtures.container;
import static dev.ecsdsl.inmemory.simulated.Fixtures.definition;
import static dev.ecsdsl.inmemory.simulated.Fixtures.healthCheck;
import static dev.ecsdsl.inmemory.simulated.Fixtures.launch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.control.agent.TaskLaunch;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SimulatedAgentProperties {

  /**
   * Whatever the behaviour and whenever the stop comes: the container reports at most one exit and nothing
   * after it, reports health and exits only after it started (unless it could not start), and once
   * stopped it has exited by the stop timeout.
   */
  @Property(tries = 300)
  void aContainerLivesOnceAndObeysTheStopTimeout(@ForAll("behaviour") ContainerBehaviour behaviour,
      @ForAll @IntRange(max = 400) int stopAt, @ForAll @IntRange(max = 60) int stopTimeout) {
    AgentHarness harness = new AgentHarness();
    TaskLaunch task = launch("t1", definition("web", container("app", "nginx", healthCheck(5, 2, 10))));
    harness.agent.behaviourOfContainer("app", behaviour);
    harness.agent.prepareTask(task);
    harness.runUntil(behaviour.pullTime());
    harness.agent.startContainer(task, "app");
    Duration stopRequested = behaviour.pullTime().plusSeconds(stopAt);
    harness.runUntil(stopRequested);
    harness.agent.stopContainer(task, "app", Duration.ofSeconds(stopTimeout));
    harness.runUntil(stopRequested.plus(behaviour.startTime()).plusSeconds(stopTimeout + 1));

    List<String> events = harness.reports().stream().map(Report::event).filter(e -> e.startsWith("app ")).toList();
    List<String> exits = events.stream().filter(e -> e.startsWith("app exited")).toList();
    assertThat(exits).hasSize(1);
    assertThat(events).last().isEqualTo(exits.get(0));
    if (behaviour.startFailure().isPresent()) {
      assertThat(events).hasSize(1);
    } else {
      assertThat(events).first().isEqualTo("app started");
    }
    assertThat(harness.agent.runningContainers(task.taskArn())).isEmpty();
  }

  @Provide
  Arbitrary<ContainerBehaviour> behaviour() {
    Arbitrary<Duration> time = Arbitraries.integers().between(0, 120).map(Duration::ofSeconds);
    Arbitrary<Integer> code = Arbitraries.integers().between(0, 255);
    Arbitrary<String> reason = Arbitraries.of("not found", "exec format error");
    return Builders.withBuilder(ContainerBehaviour::runsUntilStopped)
        .use(time).in(ContainerBehaviour::withPullTime)
        .use(time).in(ContainerBehaviour::withStartTime)
        .use(reason).withProbability(0.1).in(ContainerBehaviour::withStartFailure)
        .use(Combinators.combine(time, code).as(OwnExit::new)).withProbability(0.4)
        .in((b, exit) -> b.withExitAfter(exit.time(), exit.code()))
        .use(time).withProbability(0.3).in(ContainerBehaviour::withHealthyAfter)
        .use(time).withProbability(0.3).in(ContainerBehaviour::withUnhealthyAfter)
        .use(time).withProbability(0.2).in(ContainerBehaviour::withOutOfMemoryAfter)
        .use(Arbitraries.of(true, false)).withProbability(0.3).in((b, ignore) -> b.withSigtermIgnored())
        .use(time).withProbability(0.4).in(ContainerBehaviour::withShutdownTime)
        .build();
  }

  private record OwnExit(Duration time, int code) {}
}

package dev.ecsdsl.inmemory.simulated;

import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.exitsAfter;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.runsUntilStopped;
import static dev.ecsdsl.inmemory.simulated.Fixtures.container;
import static dev.ecsdsl.inmemory.simulated.Fixtures.definition;
import static dev.ecsdsl.inmemory.simulated.Fixtures.launch;
import static dev.ecsdsl.inmemory.simulated.Fixtures.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.model.TaskDefinition;
import org.junit.jupiter.api.Test;

class BehaviourLookupTest {
  private static final ContainerBehaviour BY_FAMILY_AND_NAME = exitsAfter(seconds(1), 1);
  private static final ContainerBehaviour BY_NAME = exitsAfter(seconds(1), 2);
  private static final ContainerBehaviour BY_IMAGE = exitsAfter(seconds(1), 3);
  private static final ContainerBehaviour BY_REPOSITORY = exitsAfter(seconds(1), 4);
  private static final ContainerBehaviour FALLBACK = exitsAfter(seconds(1), 5);

  private final SimulatedAgent agent = new SimulatedAgent()
      .behaviour("web", "app", BY_FAMILY_AND_NAME)
      .behaviourOfContainer("app", BY_NAME)
      .behaviourOfImage("nginx:1.27", BY_IMAGE)
      .behaviourOfImage("nginx", BY_REPOSITORY)
      .defaultBehaviour(FALLBACK);

  @Test
  void theMostSpecificBehaviourWins() {
    TaskDefinition web = definition("web", container("app", "nginx:1.27"), container("proxy", "nginx:1.27"),
        container("edge", "nginx:1.25"), container("cache", "nginx@sha256:0123abcd"), container("db", "postgres"));
    TaskDefinition api = definition("api", container("app", "nginx:1.27"));

    assertThat(agent.behaviourOf(web, "app")).isEqualTo(BY_FAMILY_AND_NAME);
    assertThat(agent.behaviourOf(api, "app")).isEqualTo(BY_NAME);
    assertThat(agent.behaviourOf(web, "proxy")).isEqualTo(BY_IMAGE);
    assertThat(agent.behaviourOf(web, "edge")).isEqualTo(BY_REPOSITORY);
    assertThat(agent.behaviourOf(web, "cache")).isEqualTo(BY_REPOSITORY);
    assertThat(agent.behaviourOf(web, "db")).isEqualTo(FALLBACK);
  }

  @Test
  void anImageWithTagMatchesOnlyThatTagAndImagesAreComparedAsWritten() {
    SimulatedAgent tagged = new SimulatedAgent().behaviourOfImage("localhost:5000/app:2", BY_IMAGE);

    assertThat(tagged.behaviourOf(definition("web", container("app", "localhost:5000/app:2")), "app"))
        .isEqualTo(BY_IMAGE);
    assertThat(tagged.behaviourOf(definition("web", container("app", "localhost:5000/app:3")), "app"))
        .isEqualTo(runsUntilStopped());
    assertThat(new SimulatedAgent().behaviourOfImage("nginx", BY_IMAGE)
        .behaviourOf(definition("web", container("app", "docker.io/library/nginx")), "app"))
        .isEqualTo(runsUntilStopped());
  }

  @Test
  void aBehaviourSetLaterAffectsOnlyContainersStartedLater() {
    AgentHarness harness = new AgentHarness();
    TaskLaunch first = launch("t1", definition("web", container("app", "nginx")));
    TaskLaunch second = launch("t2", definition("web", container("app", "nginx")));
    harness.agent.behaviourOfContainer("app", exitsAfter(seconds(100), 1));
    harness.agent.prepareTask(first);
    harness.agent.prepareTask(second);
    harness.runUntil(ContainerBehaviour.DEFAULT_PULL_SECONDS);
    harness.agent.startContainer(first, "app");

    harness.agent.behaviourOfContainer("app", exitsAfter(seconds(100), 2));
    harness.agent.startContainer(second, "app");
    harness.runUntil(1000);

    assertThat(harness.reports()).filteredOn(report -> report.event().startsWith("app exited"))
        .extracting(report -> report.task() + " " + report.event())
        .containsExactly("t1 app exited 1", "t2 app exited 2");
  }

  @Test
  void namesMustNotBeBlankAndTheContainerMustExist() {
    assertThatIllegalArgumentException().isThrownBy(() -> agent.behaviourOfImage(" ", BY_IMAGE))
        .withMessage("image must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> agent.behaviour("", "app", BY_IMAGE))
        .withMessage("family must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> agent.behaviourOf(definition("web", container("app", "nginx")), "db"))
        .withMessage("task definition web has no container db");
  }
}

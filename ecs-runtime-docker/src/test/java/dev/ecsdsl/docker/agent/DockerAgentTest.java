package dev.ecsdsl.docker.agent;

import static dev.ecsdsl.docker.DockerTesting.RUNS_UNTIL_STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.docker.DockerEngineExtension;
import dev.ecsdsl.docker.DockerTesting;
import dev.ecsdsl.docker.RequiresDocker;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.TransportProtocol;
import dev.ecsdsl.runtime.NetworkBinding;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Docker agent with real containers, driven directly through the Agent SPI (the contract suite drives
 * it through the control plane). After every test, nothing of the run may be left on the engine.
 */
@RequiresDocker
class DockerAgentTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private AgentHarness agent;

  @BeforeEach
  void startAgent() {
    agent = new AgentHarness(ENGINE.docker());
  }

  @AfterEach
  void closeAgentAndFindNothingLeft() {
    List<String> offLoop = agent.offLoop();
    agent.close();
    ENGINE.assertNothingLeft(agent.runId);
    assertThat(offLoop).as("reports not made on the loop").isEmpty();
  }

  private static ContainerDefinition.Builder shell(String name, String script) {
    return ContainerDefinition.builder().name(name).image(ENGINE.busybox()).memory(64).addCommand("sh", "-c", script);
  }

  @Test
  void aContainerReportsItsStartItsHealthAndItsExitOnce() {
    // No race with the wall clock: the container exits only after its first health check has passed (the check
    // leaves /tmp/checked), and a check may take its time on a loaded engine (a 1 s timeout with one retry once
    // turned a slow `docker exec` into UNHEALTHY here).
    TaskLaunch task = Launches.launch(Launches.definition("job", shell("app",
        "touch /tmp/healthy; until [ -f /tmp/checked ]; do sleep 1; done; sleep 2; exit 3")
        .healthCheck(HealthCheck.builder().addCommand("CMD-SHELL", "test -f /tmp/healthy && touch /tmp/checked")
            .interval(1).timeout(30).retries(3).build())
        .build()));

    agent.prepared(task);
    agent.start(task, "app");
    agent.await(task, "app exited");
    AgentHarness.pause(Duration.ofSeconds(3)); // a poll and then some: no second exit

    assertThat(agent.reports(task)).containsExactly("prepared", "app started", "app HEALTHY", "app exited 3");
  }

  @Test
  void aBridgePortGetsAHostPortFromTheEngineOnLoopbackOnly() throws Exception {
    TaskLaunch task = Launches.launch(Launches.definition("web", NetworkMode.BRIDGE,
        shell("app", "echo hello > /var/www/index.html; exec httpd -f -p 8080 -h /var/www")
            .addPortMappings(PortMapping.of(8080)).build()));

    agent.prepared(task);
    agent.start(task, "app");
    agent.await(task, "app started");

    NetworkBinding binding = agent.lastBindings().get(0);
    assertThat(agent.lastBindings()).hasSize(1);
    assertThat(binding.bindIP()).isEqualTo("127.0.0.1");
    assertThat(binding.containerPort()).isEqualTo(8080);
    assertThat(binding.protocol()).isEqualTo(TransportProtocol.TCP);
    Ports.Binding[] published = inspect(task, "app").getNetworkSettings().getPorts().getBindings()
        .get(ExposedPort.tcp(8080));
    assertThat(published).extracting(Ports.Binding::getHostIp).containsOnly("127.0.0.1");
    assertThat(published).extracting(Ports.Binding::getHostPortSpec).containsOnly(Integer.toString(binding.hostPort()));
    assertThat(get("http://127.0.0.1:" + binding.hostPort() + "/index.html")).isEqualTo("hello\n");
  }

  @Test
  void theContainersOfAnAwsvpcTaskShareOneNetworkNamespaceWithTheEnisHostname() {
    TaskLaunch task = Launches.launch(Launches.definition("mesh", NetworkMode.AWSVPC,
        shell("server", "echo up > /var/www/index.html; exec httpd -f -p 8080 -h /var/www").build(),
        shell("client", "test \"$(hostname)\" = ip-10-0-1-23 || exit 7; for i in 1 2 3 4 5 6 7 8 9 10; do "
            + "wget -q -O /dev/null http://localhost:8080/index.html && exit 0; sleep 1; done; exit 1").build()));

    agent.prepared(task);
    assertThat(containersOfTask(task)).as("the pause container")
        .singleElement().satisfies(c -> assertThat(c.getLabels()).containsEntry(DockerLabels.ROLE, DockerLabels.PAUSE));
    agent.start(task, "server");
    agent.await(task, "server started");
    agent.start(task, "client");

    assertThat(agent.await(task, "client exited")).isEqualTo("client exited 0");
    agent.cleanUp(task);
    awaitNoContainersOf(task);
  }

  @Test
  void anImageThatIsNotOnTheEngineAndCannotBePulledFailsThePreparation() {
    TaskLaunch task = Launches.launch(Launches.definition("absent",
        ContainerDefinition.builder().name("app").image("ecs-dsl-test/absent:0").build()));

    agent.prepare(task);

    assertThat(agent.await(task, "preparation failed")).startsWith("preparation failed: CannotPullContainerError: ");
  }

  @Test
  void anEcrImageIsTheLocalTagOfItsRepository() {
    ENGINE.docker().tagImageCmd(ENGINE.busybox(), "ecs-dsl-test/shop-web", "1.4.2").exec();
    try {
      String repository = "123456789012.dkr.ecr.us-east-1.amazonaws.com/ecs-dsl-test/shop-web";
      TaskLaunch pushed = Launches.launch(Launches.definition("shop",
          shell("app", "exit 0").image(repository + ":1.4.2").build()));
      TaskLaunch notPushed = Launches.launch(Launches.definition("shop",
          shell("app", "exit 0").image(repository + ":9.9.9").build()));

      agent.prepared(pushed);
      agent.start(pushed, "app");
      agent.prepare(notPushed);

      assertThat(agent.await(pushed, "app exited")).isEqualTo("app exited 0");
      assertThat(agent.await(notPushed, "preparation failed")).startsWith("preparation failed: "
          + "CannotPullContainerError: failed to resolve ref " + repository + ":9.9.9").contains("ecs-dsl-test/shop-web:9.9.9");
    } finally {
      ENGINE.docker().removeImageCmd("ecs-dsl-test/shop-web:1.4.2").exec();
    }
  }

  @Test
  void aContainerThatCannotStartReportsCannotStartContainerError() {
    TaskLaunch task = Launches.launch(Launches.definition("broken",
        ContainerDefinition.builder().name("app").image(ENGINE.busybox()).addCommand("/no/such/binary").build()));

    agent.prepared(task);
    agent.start(task, "app");

    assertThat(agent.await(task, "app exited")).matches("app exited 12[78]: CannotStartContainerError: .*/no/such/binary.*");
    assertThat(agent.reports(task)).doesNotContain("app started");
  }

  @Test
  void aContainerOverItsMemoryLimitIsReportedKilledForMemory() {
    TaskLaunch task = Launches.launch(Launches.definition("hog",
        shell("app", "x=0123456789abcdef; while true; do x=\"$x$x\"; done").memory(8).build()));

    agent.prepared(task);
    agent.start(task, "app");

    // The kernel's kill is certain; Docker's OOMKilled flag is not always set by the time the exit is reported on
    // a loaded engine (its OOM event can follow the exit), and the agent, like ECS's, reads the flag at the exit.
    // So the reason is ECS's text when the engine said OOM, and absent otherwise; never another one.
    assertThat(agent.await(task, "app exited")).isIn("app exited 137: OutOfMemoryError: Container killed due to"
        + " memory usage", "app exited 137");
  }

  @Test
  void aStopAskedForWhileTheContainerStartsStopsItOnceItRuns() {
    TaskLaunch task = Launches.launch(Launches.definition("server", shell("app", RUNS_UNTIL_STOPPED).build()));

    agent.prepared(task);
    agent.loop.run(() -> {
      agent.agent.startContainer(task, "app");
      agent.agent.stopContainer(task, "app", Duration.ofSeconds(10));
    });
    agent.await(task, "app exited");
    AgentHarness.pause(Duration.ofSeconds(3));

    // The SIGTERM can reach the shell before it has set its trap (then only SIGKILL ends it): either exit
    // code is right; what matters is that the stop is not lost and the container ends exactly once.
    assertThat(agent.reports(task)).hasSize(3).startsWith("prepared", "app started");
    assertThat(agent.reports(task).get(2)).isIn("app exited 0", "app exited 137");
  }

  @Test
  void aContainerThatIgnoresSigtermIsKilledAtTheStopTimeout() {
    TaskLaunch task = Launches.launch(Launches.definition("stubborn",
        shell("app", "trap '' TERM; while true; do sleep 1; done").build()));
    agent.prepared(task);
    agent.start(task, "app");
    agent.await(task, "app started");

    long start = System.nanoTime();
    agent.stop(task, "app", Duration.ofSeconds(2));
    String exit = agent.await(task, "app exited");

    assertThat(exit).isEqualTo("app exited 137");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void theContainerCarriesItsLabelsLimitsEnvironmentAndHealthCheck() {
    TaskLaunch task = Launches.launch(Launches.definition("web", shell("app", RUNS_UNTIL_STOPPED).cpu(256)
        .memoryReservation(32).healthCheck(HealthCheck.builder().addCommand("CMD-SHELL", "true").interval(5)
            .build()).build()), Map.of(), Map.of("app", Map.of("GREETING", "hello")));

    agent.prepared(task);
    agent.start(task, "app");
    agent.await(task, "app started");
    InspectContainerResponse container = inspect(task, "app");

    assertThat(container.getConfig().getLabels()).containsEntry(DockerLabels.RUN, agent.runId)
        .containsEntry(DockerLabels.CLUSTER, Launches.CLUSTER).containsEntry(DockerLabels.TASK, task.taskId())
        .containsEntry(DockerLabels.CONTAINER, "app").containsEntry(DockerLabels.ECS_TASK_ARN, task.taskArn());
    assertThat(container.getHostConfig().getCpuShares()).isEqualTo(256);
    assertThat(container.getHostConfig().getMemory()).isEqualTo(64L * 1024 * 1024);
    assertThat(container.getHostConfig().getMemoryReservation()).isEqualTo(32L * 1024 * 1024);
    assertThat(container.getConfig().getEnv()).contains("GREETING=hello");
    assertThat(container.getConfig().getHealthcheck().getInterval()).isEqualTo(5_000_000_000L);

    agent.cleanUp(task);
    awaitNoContainersOf(task);
  }

  @Test
  void aRestartStartsTheSameContainerAgain() {
    TaskLaunch task = Launches.launch(Launches.definition("flaky", shell("app", "sleep 1; exit 1").build()));

    agent.prepared(task);
    agent.start(task, "app");
    agent.await(task, "app exited");
    agent.start(task, "app");
    agent.await(task, r -> r.startsWith("app exited") && agent.reports(task).stream()
        .filter(x -> x.startsWith("app exited")).count() == 2, "a second exit");

    assertThat(agent.reports(task)).containsExactly("prepared", "app started", "app exited 1", "app started",
        "app exited 1");
    assertThat(containersOfTask(task)).hasSize(1);
  }

  @Test
  void closeRemovesEveryContainerAndNetworkOfTheRunAndEndsItsThreads() {
    TaskLaunch bridge = Launches.launch(Launches.definition("web", shell("app", RUNS_UNTIL_STOPPED).build()));
    TaskLaunch awsvpc = Launches.launch(Launches.definition("mesh", NetworkMode.AWSVPC,
        shell("app", RUNS_UNTIL_STOPPED).build()));
    agent.prepared(bridge);
    agent.prepared(awsvpc);
    agent.start(bridge, "app");
    agent.start(awsvpc, "app");
    agent.await(bridge, "app started");
    agent.await(awsvpc, "app started");
    assertThat(DockerTesting.containersOf(ENGINE.docker(), agent.runId)).hasSize(3);
    assertThat(DockerTesting.networksOf(ENGINE.docker(), agent.runId)).containsExactly("ecs-dsl-" + agent.runId);

    agent.close();

    assertThat(DockerTesting.containersOf(ENGINE.docker(), agent.runId)).isEmpty();
    assertThat(DockerTesting.networksOf(ENGINE.docker(), agent.runId)).isEmpty();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!(threadsOf("ecs-dsl-docker-" + agent.runId).isEmpty() && threadsOf("docker-java-stream").isEmpty())
        && System.nanoTime() < deadline) {
      AgentHarness.pause(Duration.ofMillis(100));
    }
    assertThat(threadsOf("ecs-dsl-docker-" + agent.runId)).isEmpty();
    assertThat(threadsOf("docker-java-stream")).as("the event stream's thread").isEmpty();
    assertThat(agent.reports(bridge)).as("nothing reported after close").containsExactly("prepared", "app started");
  }

  private static List<String> threadsOf(String prefix) {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
        .filter(name -> name.startsWith(prefix)).toList();
  }

  private static List<Container> containersOfTask(TaskLaunch task) {
    return ENGINE.docker().listContainersCmd().withShowAll(true).withLabelFilter(Map.of(DockerLabels.TASK, task.taskId()))
        .exec();
  }

  private static void awaitNoContainersOf(TaskLaunch task) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!containersOfTask(task).isEmpty() && System.nanoTime() < deadline) {
      AgentHarness.pause(Duration.ofMillis(100));
    }
    assertThat(containersOfTask(task)).as("containers of the cleaned-up task").isEmpty();
  }

  private InspectContainerResponse inspect(TaskLaunch task, String container) {
    return ENGINE.docker().inspectContainerCmd(DockerNames.container(agent.runId, task, container)).exec();
  }

  private static String get(String url) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    IOException last = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.ofString()).body();
      } catch (IOException e) {
        last = e;
        Thread.sleep(250);
      }
    }
    throw last;
  }
}

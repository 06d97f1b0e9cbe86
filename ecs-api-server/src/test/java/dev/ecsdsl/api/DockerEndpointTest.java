package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import dev.ecsdsl.Ecs;
import dev.ecsdsl.docker.DockerEcs;
import dev.ecsdsl.docker.agent.DockerLabels;
import dev.ecsdsl.docker.engine.DockerEngine;
import dev.ecsdsl.docker.images.TestImages;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DescribeTasksRequest;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.ServiceDeployment;
import software.amazon.awssdk.services.ecs.model.ServiceDeploymentBrief;
import software.amazon.awssdk.services.ecs.model.ServiceDeploymentStatus;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.ecs.waiters.EcsWaiter;

/**
 * The Docker runtime behind the same endpoint: the SDK runs a real container and sees it RUNNING, and polls a service's
 * deployment until it succeeded.
 */
@ExtendWith(DockerEngineCondition.class)
class DockerEndpointTest {
  private static String busybox;
  private DockerEcs ecs;
  private EcsApiServer server;
  private EcsClient client;

  @BeforeAll
  static void buildImage() throws IOException {
    try (DockerClient docker = DockerEngine.connect()) {
      busybox = TestImages.busybox(docker);
    }
  }

  @BeforeEach
  void start() {
    ecs = DockerEcs.create(21);
    ecs.deploy(Ecs.environment("docker-api")
        .cluster("local", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1)
            .zones("us-east-1a")))
        .taskDefinition("sleeper", td -> td.container("app", a -> a.image(busybox).memory(64)
            .command("sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done")))
        .build());
    server = EcsApiServer.start(ecs);
    client = SdkClients.client(server);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
    ecs.close();
  }

  @Test
  void runTaskThroughTheSdkStartsARealContainerThatDescribesAsRunning() throws IOException {
    Task started = client.runTask(r -> r.cluster("local").taskDefinition("sleeper")).tasks().get(0);

    try (EcsWaiter waiter = EcsWaiter.builder().client(client).overrideConfiguration(WaiterOverrideConfiguration
        .builder().backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(250)))
        .maxAttempts(240)
        .build()).build()) {
      waiter.waitUntilTasksRunning(DescribeTasksRequest.builder().cluster("local").tasks(started.taskArn()).build());
    }

    Task running = client.describeTasks(r -> r.cluster("local").tasks(started.taskArn())).tasks().get(0);
    assertThat(running.lastStatus()).isEqualTo("RUNNING");
    assertThat(running.containers()).singleElement().satisfies(c -> assertThat(c.lastStatus()).isEqualTo("RUNNING"));
    try (DockerClient docker = DockerEngine.connect()) {
      assertThat(docker.listContainersCmd().withLabelFilter(Map.of(DockerLabels.RUN, ecs.runId())).exec())
          .as("a real container of this run is up").anySatisfy(c -> assertThat(c.getState()).isEqualTo("running"));
    }
  }

  @Test
  void theDockerRuntimeFollowsTheWallClockAndRefusesToBeAdvanced() throws Exception {
    assertThatThrownBy(() -> server.advance(Duration.ofMinutes(1))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("follows the wall clock");
    assertThatThrownBy(() -> EcsApiServer.start(ecs, ClockMode.wallClock(60)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ClockMode.manual()");
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint()
        .resolve("/_ecsdsl/advance")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": 60}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("InvalidParameterException").contains("follows the wall clock");
  }

  /** ListServiceDeployments and DescribeServiceDeployments (API reference) answer on Docker as in memory. */
  @Test
  void aDeployToolListsTheServicesDeploymentAndPollsItUntilSuccessful() throws InterruptedException {
    client.createService(r -> r.cluster("local").serviceName("sleepers").taskDefinition("sleeper").desiredCount(1)
        .launchType(LaunchType.EC2));

    List<ServiceDeploymentBrief> listed = client.listServiceDeployments(r -> r.cluster("local").service("sleepers"))
        .serviceDeployments();
    assertThat(listed).singleElement().satisfies(brief -> assertThat(brief.serviceArn()).endsWith("/sleepers"));
    String arn = listed.get(0).serviceDeploymentArn();
    ServiceDeployment deployment = null;
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      deployment = client.describeServiceDeployments(r -> r.serviceDeploymentArns(arn)).serviceDeployments().get(0);
      if (deployment.status() == ServiceDeploymentStatus.SUCCESSFUL) {
        break;
      }
      Thread.sleep(250);
    }

    assertThat(deployment).isNotNull();
    assertThat(deployment.status()).as("%s", deployment).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(deployment.targetServiceRevision().runningTaskCount()).isEqualTo(1);
    assertThat(ecs.serviceDeployments().find(arn)).isPresent();
  }
}

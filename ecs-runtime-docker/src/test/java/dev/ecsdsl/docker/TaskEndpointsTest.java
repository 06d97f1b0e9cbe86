package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The task metadata endpoint v4 and the credentials endpoint, fetched from inside the tasks' containers the
 * way the AWS SDKs do: at ECS's link-local address, with the variables the runtime sets, and with the
 * authorization token in the {@code Authorization} header.
 */
@RequiresDocker
class TaskEndpointsTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private static final String CLUSTER = "endpoints";
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FETCH_CREDENTIALS =
      "wget -q -O - --header \"Authorization: $AWS_CONTAINER_AUTHORIZATION_TOKEN\" \"$AWS_CONTAINER_CREDENTIALS_FULL_URI\"";
  private DockerEcs ecs;

  @BeforeEach
  void start() {
    ecs = ENGINE.runtime(11, environment());
  }

  private static Environment environment() {
    return Ecs.environment("endpoints")
        .role("reader", r -> r.trustedBy(IamRole.ECS_TASKS).allow("s3:GetObject", "*"))
        .cluster(CLUSTER, c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1).zones("us-east-1a")))
        .taskDefinition("with-role", td -> td.taskRole("reader").container("app", a -> a.image(ENGINE.busybox()).memory(64)
            .command("sh", "-c", DockerTesting.RUNS_UNTIL_STOPPED)))
        .taskDefinition("no-role", td -> td.container("app", a -> a.image(ENGINE.busybox()).memory(64)
            .command("sh", "-c", DockerTesting.RUNS_UNTIL_STOPPED)))
        .taskDefinition("vpc", td -> td.networkMode(NetworkMode.AWSVPC).taskRole("reader").cpu(256).memory(128)
            .container("app", a -> a.image(ENGINE.busybox()).memory(64).command("sh", "-c", DockerTesting.RUNS_UNTIL_STOPPED)))
        .build();
  }

  @Test
  void aBridgeTaskReadsItsOwnMetadataAndItsRolesCredentialsAtTheLinkLocalAddress() throws Exception {
    Task task = running(RunTaskRequest.of(CLUSTER, "with-role", 1));
    String app = DockerTesting.containerId(ENGINE.docker(), ecs.runId(), task.taskId(), "app");

    JsonNode metadata = json(sh(app, "wget -q -O - \"$ECS_CONTAINER_METADATA_URI_V4/task\""));
    JsonNode container = json(sh(app, "wget -q -O - \"$ECS_CONTAINER_METADATA_URI_V4\""));
    JsonNode credentials = json(sh(app, FETCH_CREDENTIALS));
    JsonNode taskStats = json(sh(app, "wget -q -O - \"$ECS_CONTAINER_METADATA_URI_V4/task/stats\""));

    assertThat(sh(app, "echo $ECS_CONTAINER_METADATA_URI_V4 $AWS_CONTAINER_CREDENTIALS_FULL_URI"))
        .startsWith("http://169.254.170.2/v4/").contains(" http://169.254.170.2/v2/credentials/");
    assertThat(metadata.path("TaskARN").asText()).isEqualTo(task.taskArn());
    assertThat(metadata.path("Cluster").asText()).isEqualTo(task.clusterArn());
    assertThat(metadata.path("Family").asText()).isEqualTo("with-role");
    assertThat(metadata.path("Revision").asText()).isEqualTo("1");
    assertThat(metadata.path("DesiredStatus").asText()).isEqualTo("RUNNING");
    assertThat(metadata.path("KnownStatus").asText()).isEqualTo("RUNNING");
    assertThat(metadata.path("LaunchType").asText()).isEqualTo("EC2");
    assertThat(metadata.path("AvailabilityZone").asText()).isEqualTo("us-east-1a");
    assertThat(metadata.path("Containers")).hasSize(1);
    assertThat(metadata.path("Containers").get(0).path("DockerId").asText()).isEqualTo(app);
    assertThat(container.path("Name").asText()).isEqualTo("app");
    assertThat(container.path("DockerId").asText()).isEqualTo(app);
    assertThat(container.path("Image").asText()).isEqualTo(ENGINE.busybox());
    assertThat(container.path("Limits").path("Memory").asInt()).isEqualTo(64);
    assertThat(container.path("Labels").path("com.amazonaws.ecs.task-arn").asText()).isEqualTo(task.taskArn());
    assertThat(container.path("Networks").get(0).path("NetworkMode").asText()).isEqualTo("bridge");
    assertThat(taskStats.has(app)).as("Docker's stats by Docker id: %s", taskStats).isTrue();
    assertThat(taskStats.path(app).has("memory_stats")).isTrue();
    assertThat(credentials.path("AccessKeyId").asText()).startsWith("ASIA").hasSize(20);
    assertThat(credentials.path("SecretAccessKey").asText()).hasSize(40);
    assertThat(credentials.path("Token").asText()).isNotEmpty();
    assertThat(Instant.parse(credentials.path("Expiration").asText())).isAfter(Instant.now());
    assertThat(credentials.path("RoleArn").asText()).isEqualTo("arn:aws:iam::123456789012:role/reader");
  }

  @Test
  void anAwsvpcTaskReachesBothEndpointsFromItsOwnNetworkNamespace() throws Exception {
    Task task = running(RunTaskRequest.builder().cluster(CLUSTER).taskDefinition("vpc").count(1)
        .networkConfiguration(NetworkConfiguration.of(List.of("subnet-default-us-east-1a"), List.of("default")))
        .build());
    String app = DockerTesting.containerId(ENGINE.docker(), ecs.runId(), task.taskId(), "app");

    JsonNode metadata = json(sh(app, "wget -q -O - \"$ECS_CONTAINER_METADATA_URI_V4/task\""));
    JsonNode stats = json(sh(app, "wget -q -O - \"$ECS_CONTAINER_METADATA_URI_V4/stats\""));
    JsonNode credentials = json(sh(app, FETCH_CREDENTIALS));

    assertThat(metadata.path("TaskARN").asText()).isEqualTo(task.taskArn());
    assertThat(metadata.path("Limits").path("CPU").asDouble()).isEqualTo(0.25);
    assertThat(metadata.path("Limits").path("Memory").asInt()).isEqualTo(128);
    JsonNode network = metadata.path("Containers").get(0).path("Networks").get(0);
    assertThat(network.path("NetworkMode").asText()).isEqualTo("awsvpc");
    assertThat(network.path("IPv4Addresses").get(0).asText())
        .isEqualTo(task.attachments().get(0).privateIPv4Address());
    assertThat(stats.has("memory_stats")).as("Docker's stats: %s", stats).isTrue();
    assertThat(credentials.path("RoleArn").asText()).endsWith(":role/reader");
  }

  @Test
  void aTaskWithoutARoleGetsMetadataButNoCredentialsVariables() throws Exception {
    Task task = running(RunTaskRequest.of(CLUSTER, "no-role", 1));
    String app = DockerTesting.containerId(ENGINE.docker(), ecs.runId(), task.taskId(), "app");

    List<String> env = Arrays.asList(sh(app, "env").split("\n"));

    assertThat(env).anyMatch(line -> line.startsWith("ECS_CONTAINER_METADATA_URI_V4=http://169.254.170.2/v4/"));
    assertThat(env).noneMatch(line -> line.startsWith("AWS_CONTAINER_"));
  }

  @Test
  void oneTasksTokenDoesNotOpenAnotherTasksCredentials() throws Exception {
    List<Task> tasks = running(RunTaskRequest.of(CLUSTER, "with-role", 2), 2);
    String a = DockerTesting.containerId(ENGINE.docker(), ecs.runId(), tasks.get(0).taskId(), "app");
    String b = DockerTesting.containerId(ENGINE.docker(), ecs.runId(), tasks.get(1).taskId(), "app");
    String uriOfB = variable(b, "AWS_CONTAINER_CREDENTIALS_FULL_URI");
    String metadataOfB = variable(b, "ECS_CONTAINER_METADATA_URI_V4");

    DockerTesting.Result withTokenOfA = DockerTesting.exec(ENGINE.docker(), a, "sh", "-c",
        "wget -q -O - --header \"Authorization: $AWS_CONTAINER_AUTHORIZATION_TOKEN\" " + uriOfB);
    DockerTesting.Result withoutToken = DockerTesting.exec(ENGINE.docker(), a, "wget", "-q", "-O", "-", uriOfB);
    JsonNode ownOfA = json(sh(a, FETCH_CREDENTIALS));
    JsonNode ownOfB = json(sh(b, FETCH_CREDENTIALS));

    assertThat(metadataOfB).isNotEqualTo(variable(a, "ECS_CONTAINER_METADATA_URI_V4"));
    assertThat(withTokenOfA.exitCode()).isNotZero();
    assertThat(withTokenOfA.output()).contains("403");
    assertThat(withoutToken.exitCode()).isNotZero();
    assertThat(withoutToken.output()).contains("401");
    assertThat(ownOfA.path("AccessKeyId").asText()).isNotEqualTo(ownOfB.path("AccessKeyId").asText());
  }

  @Test
  void theEndpointsOfAStoppedTaskAnswerNothing() throws Exception {
    Task a = running(RunTaskRequest.of(CLUSTER, "with-role", 1));
    Task b = running(RunTaskRequest.of(CLUSTER, "with-role", 1));
    String containerOfA = DockerTesting.containerId(ENGINE.docker(), ecs.runId(), a.taskId(), "app");
    String containerOfB = DockerTesting.containerId(ENGINE.docker(), ecs.runId(), b.taskId(), "app");
    String metadataOfA = variable(containerOfA, "ECS_CONTAINER_METADATA_URI_V4");

    ecs.ecs().stopTask(r -> r.cluster(CLUSTER).task(a.taskArn()).reason("done"));
    ecs.await("task " + a.taskId() + " stops", r -> describe(r, a).lastStatus() == TaskStatus.STOPPED)
        .atMost(PATIENCE);
    ecs.await("the stopped task's metadata path is forgotten once it is cleaned up", r -> {
      try {
        return DockerTesting.exec(ENGINE.docker(), containerOfB, "wget", "-q", "-O", "-", metadataOfA).output().contains("404");
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }).atMost(PATIENCE);
  }

  @Test
  void oneTaskStallingTheEndpointsDoesNotHoldUpAnotherTasksCredentials() throws Exception {
    List<Task> tasks = running(RunTaskRequest.of(CLUSTER, "with-role", 2), 2);
    String staller = DockerTesting.containerId(ENGINE.docker(), ecs.runId(), tasks.get(0).taskId(), "app");
    String other = DockerTesting.containerId(ENGINE.docker(), ecs.runId(), tasks.get(1).taskId(), "app");
    // 16 connections held open: 8 with one byte sent, 8 with half their headers; none ever finishes
    sh(staller, "for i in 1 2 3 4 5 6 7 8; do"
        + " (printf G; sleep 600) </dev/null 2>/dev/null | nc 169.254.170.2 80 >/dev/null 2>&1 &"
        + " (printf 'GET /v2/credentials/x HTTP/1.1\r\nHost: 169.254.170.2\r\nAuthor'; sleep 600) </dev/null"
        + " 2>/dev/null | nc 169.254.170.2 80 >/dev/null 2>&1 & done; true");
    ecs.await("the 16 stalls are connected", r -> stalls(staller) >= 16).atMost(PATIENCE);

    JsonNode credentials = json(sh(other, FETCH_CREDENTIALS));

    assertThat(credentials.path("RoleArn").asText()).endsWith(":role/reader");
    assertThat(stalls(staller)).as("the stalls were held while the other task was answered").isGreaterThanOrEqualTo(16);
  }

  @Test
  void theEndpointsAnswerTheRunsTasksOnlyNotTheHostNorAContainerOfAnotherNetwork() throws Exception {
    Task task = running(RunTaskRequest.of(CLUSTER, "with-role", 1));
    String app = DockerTesting.containerId(ENGINE.docker(), ecs.runId(), task.taskId(), "app");
    String path = variable(app, "ECS_CONTAINER_METADATA_URI_V4").substring("http://169.254.170.2".length());
    String served = DockerTesting.natRules().lines()
        .filter(l -> l.contains(DockerTesting.natRuleComment(ecs.runId()))).findFirst().orElseThrow()
        .replaceFirst(".*--to-destination (\\S+).*", "$1");

    java.net.http.HttpResponse<String> fromHost = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://" + served + path)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    DockerTesting.Result fromDefaultBridge = DockerTesting.run(ENGINE.docker(), ENGINE.busybox(),
        "wget", "-q", "-T", "10", "-O", "-", "http://" + served + path);

    assertThat(sh(app, "wget -q -O - \"$ECS_CONTAINER_METADATA_URI_V4\"")).as("the task itself").contains("DockerId");
    assertThat(fromHost.statusCode()).isEqualTo(403);
    assertThat(json(fromHost.body()).path("code").asText()).isEqualTo("AccessDenied");
    assertThat(fromDefaultBridge.exitCode()).isNotZero();
    assertThat(fromDefaultBridge.output()).doesNotContain("DockerId");
  }

  /** How many TCP connections of the container to the endpoints are open (busybox netstat). */
  private static int stalls(String containerId) {
    try {
      DockerTesting.Result result = DockerTesting.exec(ENGINE.docker(), containerId, "sh", "-c",
          "netstat -tn | grep -c '169.254.170.2:80 *ESTABLISHED' || true");
      return Integer.parseInt(result.output().strip());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Task running(RunTaskRequest request) {
    return running(request, 1).get(0);
  }

  private List<Task> running(RunTaskRequest request, int count) {
    List<Task> tasks = ecs.ecs().runTask(request).tasks();
    assertThat(tasks).hasSize(count);
    for (Task task : tasks) {
      ecs.await("task " + task.taskId() + " runs", r -> describe(r, task).lastStatus() == TaskStatus.RUNNING)
          .atMost(PATIENCE);
    }
    return tasks.stream().map(t -> describe(ecs, t)).toList();
  }

  private static Task describe(EcsRuntime runtime, Task task) {
    return runtime.ecs().describeTasks(d -> d.cluster(CLUSTER).tasks(task.taskArn())).task();
  }

  private static String sh(String containerId, String script) throws InterruptedException {
    DockerTesting.Result result = DockerTesting.exec(ENGINE.docker(), containerId, "sh", "-c", script);
    assertThat(result.exitCode()).as("%s: %s", script, result.output()).isZero();
    return result.output().strip();
  }

  private static String variable(String containerId, String name) throws InterruptedException {
    return sh(containerId, "echo $" + name);
  }

  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }
}

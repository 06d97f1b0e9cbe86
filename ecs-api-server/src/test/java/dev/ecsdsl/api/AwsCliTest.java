package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.Ecs;
import dev.ecsdsl.inmemory.InMemoryEcs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS CLI v2 (Debian's {@code awscli}, {@code /usr/bin/aws}) against the endpoint, with the JSON files a
 * team keeps in its repository. Skipped where the CLI is not installed, except under CI, where
 * {@code .ci/run} installs it and this must run.
 */
class AwsCliTest {
  private static final Path AWS = Paths.get("/usr/bin/aws");
  private InMemoryEcs ecs;
  private EcsApiServer server;
  @TempDir
  Path home;

  @BeforeEach
  void start() {
    boolean ci = System.getenv("CI") != null;
    if (!ci) {
      Assumptions.assumeTrue(Files.isExecutable(AWS), "the AWS CLI v2 is not installed (apt-get install awscli)");
    }
    ecs = InMemoryEcs.create(11);
    ecs.deploy(Ecs.environment("cli")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(3)
            .zones("us-east-1a", "us-east-1b", "us-east-1c")))
        .build());
    server = EcsApiServer.start(ecs, ClockMode.wallClock(600));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
      ecs.close();
    }
  }

  private JsonNode aws(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(AWS.toString(), "ecs"));
    command.addAll(List.of(args));
    command.addAll(List.of("--endpoint-url", server.endpoint().toString(), "--output", "json"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
    Map<String, String> env = builder.environment();
    env.put("HOME", home.toString());
    env.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
    env.put("AWS_SECRET_ACCESS_KEY", "secret");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_PAGER", "");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("aws ecs %s failed: %s", String.join(" ", args), err).isZero();
    return out.isBlank() ? Shapes.object() : Shapes.JSON.readTree(out);
  }

  private static String resource(String name) throws Exception {
    return Paths.get(AwsCliTest.class.getResource("/cli/" + name).toURI()).toString();
  }

  @Test
  void registerRunDescribeCreateServiceAndWaitForItToBeStable() throws Exception {
    JsonNode registered = aws("register-task-definition", "--cli-input-json",
        "file://" + resource("orders-task-definition.json"));
    assertThat(registered.path("taskDefinition").path("taskDefinitionArn").asText())
        .endsWith(":task-definition/orders:1");

    JsonNode run = aws("run-task", "--cluster", "prod", "--task-definition", "orders", "--count", "2",
        "--placement-strategy", "type=binpack,field=memory");
    assertThat(run.path("tasks")).hasSize(2);
    assertThat(run.path("tasks").get(0).path("containerInstanceArn").asText())
        .as("binpack: both on one instance")
        .isEqualTo(run.path("tasks").get(1).path("containerInstanceArn").asText());

    String taskArn = run.path("tasks").get(0).path("taskArn").asText();
    JsonNode described = aws("describe-tasks", "--cluster", "prod", "--tasks", taskArn);
    assertThat(described.path("tasks").get(0).path("taskArn").asText()).isEqualTo(taskArn);
    assertThat(described.path("tasks").get(0).path("containers").get(0).path("networkBindings").get(0)
        .path("hostPort").asInt()).as("a dynamic host port").isBetween(32768, 60999);

    aws("create-service", "--cli-input-json", "file://" + resource("orders-service.json"));
    aws("wait", "services-stable", "--cluster", "prod", "--services", "orders");

    JsonNode service = aws("describe-services", "--cluster", "prod", "--services", "orders").path("services").get(0);
    assertThat(service.path("runningCount").asInt()).isEqualTo(3);
    assertThat(service.path("deployments")).hasSize(1);
    assertThat(ecs.ecs().describeServices(r -> r.cluster("prod").services("orders")).service().isSteady())
        .as("the runtime agrees").isTrue();
  }

  @Test
  void attributesTagsAndDeregistrationThroughTheCli() throws Exception {
    aws("register-task-definition", "--cli-input-json", "file://" + resource("orders-task-definition.json"));
    String instance = aws("list-container-instances", "--cluster", "prod").path("containerInstanceArns").get(2)
        .asText();

    aws("put-attributes", "--cluster", "prod", "--attributes", "name=stack,value=blue,targetId=" + instance);
    JsonNode run = aws("run-task", "--cluster", "prod", "--task-definition", "orders", "--count", "2",
        "--placement-constraints", "type=memberOf,expression=attribute:stack == blue");
    assertThat(run.path("tasks")).hasSize(2).allSatisfy(t ->
        assertThat(t.path("containerInstanceArn").asText()).isEqualTo(instance));

    String cluster = aws("describe-clusters", "--clusters", "prod").path("clusters").get(0).path("clusterArn").asText();
    aws("tag-resource", "--resource-arn", cluster, "--tags", "key=team,value=data");
    assertThat(aws("list-tags-for-resource", "--resource-arn", cluster).path("tags").toString())
        .isEqualTo("[{\"key\":\"team\",\"value\":\"data\"}]");

    JsonNode deregistered = aws("deregister-task-definition", "--task-definition", "orders:1");
    assertThat(deregistered.path("taskDefinition").path("status").asText()).isEqualTo("INACTIVE");
    assertThat(aws("list-task-definitions", "--status", "INACTIVE").path("taskDefinitionArns")).hasSize(1);
  }
}

package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.cli.Command;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

  @Test
  void servesUntilInterruptedAndAnswersEcsCalls() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exit.set(new ServeCommand().run(List.of("--port", "0", "--manual"),
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err)));
    serving.start();
    Pattern endpoint = Pattern.compile("ECS API on (http://127\\.0\\.0\\.1:\\d+)");
    Matcher m = endpoint.matcher("");
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!m.reset(out.toString(StandardCharsets.UTF_8)).find() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(m.find(0)).as("it printed its endpoint: %s", out).isTrue();

    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1)))
        .header("X-Amz-Target", EcsApiServer.TARGET_PREFIX + "CreateCluster")
        .POST(HttpRequest.BodyPublishers.ofString("{\"clusterName\": \"jobs\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.body()).contains("\"clusterName\":\"jobs\"");

    serving.interrupt();
    serving.join(10_000);
    assertThat(serving.isAlive()).isFalse();
    assertThat(exit.get()).isEqualTo(Command.OK);
  }

  @Test
  void withNoOptionsItServesAFreshAccountAndPrintsWhatACallerNeeds() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread serving = new Thread(() -> new ServeCommand().run(List.of("--port", "0", "--manual",
        "--instances", "m5.large=2"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
    serving.start();
    try {
      Matcher subnets = awaitLine(out, "subnets\\s+(\\S+)");
      Matcher group = awaitLine(out, "security group\\s+(\\S+)");
      Matcher endpoint = awaitLine(out, "ECS API on (http://127\\.0\\.0\\.1:\\d+)");
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("export AWS_ACCESS_KEY_ID=ecsdsl AWS_SECRET_ACCESS_KEY=ecsdsl AWS_DEFAULT_REGION=us-east-1")
          .contains("export AWS_ENDPOINT_URL=" + endpoint.group(1));
      assertThat(subnets.group(1).split(",")).hasSize(3);

      try (var client = software.amazon.awssdk.services.ecs.EcsClient.builder()
          .endpointOverride(URI.create(endpoint.group(1)))
          .region(software.amazon.awssdk.regions.Region.US_EAST_1)
          .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
              software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("ecsdsl", "ecsdsl"))).build()) {
        client.registerTaskDefinition(r -> r.family("web").networkMode("awsvpc").cpu("256").memory("512")
            .requiresCompatibilitiesWithStrings("FARGATE").containerDefinitions(c -> c.name("app").image("web:1")));
        var fargate = client.runTask(r -> r.taskDefinition("web").launchType("FARGATE").networkConfiguration(n -> n
            .awsvpcConfiguration(a -> a.subnets(subnets.group(1).split(",")).securityGroups(group.group(1)))));
        client.registerTaskDefinition(r -> r.family("job").containerDefinitions(c -> c.name("app").image("job:1")
            .memory(128)));
        var ec2 = client.runTask(r -> r.taskDefinition("job").launchType("EC2"));

        assertThat(fargate.failures()).isEmpty();
        assertThat(fargate.tasks()).singleElement().satisfies(t -> assertThat(t.clusterArn())
            .isEqualTo("arn:aws:ecs:us-east-1:123456789012:cluster/default"));
        assertThat(ec2.tasks()).as("the --instances run EC2 tasks").hasSize(1);
        assertThat(client.listContainerInstances().containerInstanceArns()).hasSize(2);
        assertThat(fargate.tasks().get(0).createdAt()).as("the clock starts at the wall clock's time")
            .isAfter(java.time.Instant.now().minus(Duration.ofHours(1)));
      }
    } finally {
      serving.interrupt();
      serving.join(10_000);
    }
  }

  static Matcher awaitLine(ByteArrayOutputStream out, String regex) throws InterruptedException {
    Matcher m = Pattern.compile(regex).matcher("");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!m.reset(out.toString(StandardCharsets.UTF_8)).find() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(m.find(0)).as("printed %s: %s", regex, out).isTrue();
    return m;
  }

  @Test
  void badOptionsAreUsageErrors() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(new ServeCommand().run(List.of("--port", "99999"), System.out, errors)).isEqualTo(Command.USAGE);
    assertThat(new ServeCommand().run(List.of("--speed", "-1"), System.out, errors)).isEqualTo(Command.USAGE);
    assertThat(new ServeCommand().run(List.of("--colour"), System.out, errors)).isEqualTo(Command.USAGE);
    assertThat(new ServeCommand().run(List.of("--instances", "m5.large"), System.out, errors))
        .isEqualTo(Command.USAGE);
    assertThat(new ServeCommand().run(List.of("--region", "mars-1"), System.out, errors)).isEqualTo(Command.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be 0-65535, was 99999")
        .contains("--speed must be above 0, was -1").contains("unknown option --colour");
  }
}

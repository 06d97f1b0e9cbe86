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
  void badOptionsAreUsageErrors() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(new ServeCommand().run(List.of("--port", "99999"), System.out, errors)).isEqualTo(Command.USAGE);
    assertThat(new ServeCommand().run(List.of("--speed", "-1"), System.out, errors)).isEqualTo(Command.USAGE);
    assertThat(new ServeCommand().run(List.of("--colour"), System.out, errors)).isEqualTo(Command.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be 0-65535, was 99999")
        .contains("--speed must be above 0, was -1").contains("unknown option --colour");
  }
}

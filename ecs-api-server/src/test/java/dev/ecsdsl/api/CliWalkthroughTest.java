package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's shell walkthrough, run as written: {@code bin/ecs-dsl serve} (in process, its command) with no
 * options but a free port and a faster clock, and the README's {@code bash} block under
 * {@code <!-- cli-walkthrough: fargate -->} with the AWS CLI v2: a Fargate task definition from a file, RunTask
 * in the default subnets, {@code wait tasks-running}, CreateService, {@code wait services-stable}, UpdateService,
 * {@code wait services-stable}; and the block under {@code <!-- cli-walkthrough: ec2 -->}: two container
 * instances registered with their identity documents, EC2 tasks spread over their zones. Skipped where the CLI or
 * the README is absent, except under CI.
 */
class CliWalkthroughTest {
  private static final Path AWS = Paths.get("/usr/bin/aws");
  private static final Path README = Paths.get("..", "README.md");
  private static final Duration PATIENCE = Duration.ofMinutes(5);
  @TempDir
  Path work;

  @Test
  void theFargateWalkthroughOfTheReadmeRunsAsWritten() throws Exception {
    String out = run("fargate", (script, printed) -> {
      String subnets = ServeCommandTest.awaitLine(printed, "subnets\\s+(\\S+)").group(1);
      assertThat(script).as("the README uses the subnets serve prints").contains("SUBNETS=" + subnets);
    });
    String[] last = out.strip().lines().reduce((a, b) -> b).orElse("").split("\\s+");
    assertThat(last).as("runningCount and deployments after the update: %s", out).containsExactly("3", "1");
  }

  /**
   * The second script: two container instances registered as their agents would (in us-east-1a and us-east-1b),
   * four EC2 tasks with {@code spread(attribute:ecs.availability-zone)}: two in each zone.
   */
  @Test
  void theEc2WalkthroughOfTheReadmeSpreadsTasksOverTheZonesOfTheRegisteredInstances() throws Exception {
    String out = run("ec2", (script, printed) -> { });
    List<String> lines = out.strip().lines().map(String::strip).toList();
    assertThat(lines).as(out).contains("i-0a1234567890abcd", "i-0b1234567890abcd");
    assertThat(lines.subList(lines.size() - 2, lines.size())).as("tasks per zone: %s", out)
        .containsExactly("2 us-east-1a", "2 us-east-1b");
  }

  /** What is checked against {@code serve}'s output before the script runs. */
  private interface BeforeScript {
    void check(String script, ByteArrayOutputStream printed) throws Exception;
  }

  /** Runs the README's block NAME against a fresh {@code serve}; returns what it printed, after a zero exit. */
  private String run(String name, BeforeScript before) throws Exception {
    if (System.getenv("CI") == null) {
      Assumptions.assumeTrue(Files.isExecutable(AWS), "the AWS CLI v2 is not installed (bin/setup installs it)");
    }
    Assumptions.assumeTrue(Files.isReadable(README), "the README is not next to the module");
    String script = block(Files.readString(README), name);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Thread serving = new Thread(() -> new ServeCommand().run(List.of("--port", "0", "--speed", "600"),
        new PrintStream(printed, true, StandardCharsets.UTF_8), System.err), "cli-walkthrough-serve");
    serving.start();
    try {
      String endpoint = ServeCommandTest.awaitLine(printed, "ECS API on (http://127\\.0\\.0\\.1:\\d+)").group(1);
      before.check(script, printed);
      ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(work.toFile())
          .redirectErrorStream(true).redirectOutput(work.resolve("out.txt").toFile());
      builder.environment().put("ENDPOINT", endpoint);
      builder.environment().put("HOME", work.toString());
      builder.environment().put("AWS_PAGER", "");
      builder.environment().remove("AWS_PROFILE");
      Process bash = builder.start();
      bash.getOutputStream().close();
      boolean done = bash.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      if (!done) {
        bash.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      String out = Files.readString(work.resolve("out.txt"));
      assertThat(done).as("the walkthrough finished within %s: %s", PATIENCE, out).isTrue();
      assertThat(bash.exitValue()).as(out).isZero();
      return out;
    } finally {
      serving.interrupt();
      serving.join(10_000);
    }
  }

  /** The {@code bash} block after {@code <!-- cli-walkthrough: NAME -->}. */
  private static String block(String readme, String name) {
    Matcher m = Pattern.compile("<!-- cli-walkthrough: " + name + " -->\\s*```bash\\n(.*?)```", Pattern.DOTALL)
        .matcher(readme);
    assertThat(m.find()).as("the README has the %s walkthrough", name).isTrue();
    return m.group(1);
  }
}

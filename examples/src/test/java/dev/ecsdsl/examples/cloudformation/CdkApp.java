package dev.ecsdsl.examples.cloudformation;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The CDK app of {@code examples/src/test/cdk}, synthesized offline with the CDK that {@code bin/setup}
 * installs into {@code build/cdk}: once per test run, into {@code examples/target/cdk-synth}. Without node or
 * the installed CDK, tests that need the template are skipped with the reason, unless the {@code CI} environment
 * variable is set (as for the Docker tests), where they fail.
 */
final class CdkApp {
  private static final Duration SYNTH_TIMEOUT = Duration.ofMinutes(5);
  private static Path template;

  private CdkApp() {}

  /** The repository's root folder (tests run in {@code examples}). */
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("examples")) ? here : here.getParent();
  }

  /** Why the app cannot be synthesized here, if it cannot. */
  static Optional<String> missing() {
    if (findOnPath("node").isEmpty()) {
      return Optional.of("node is not installed (bin/setup installs Debian's nodejs)");
    }
    if (!Files.isExecutable(cdk())) {
      return Optional.of("the AWS CDK is not installed in build/cdk (bin/setup installs it)");
    }
    return Optional.empty();
  }

  /** Skips the calling test class without the CDK, or fails it under CI. */
  static void require() {
    Optional<String> missing = missing();
    if (missing.isPresent()) {
      if (System.getenv("CI") != null) {
        fail("CI is set but " + missing.get());
      }
      Assumptions.abort("cannot synthesize the CDK app: " + missing.get());
    }
  }

  /** The synthesized template ({@code ShopStack.template.json}); synthesizes on first use. */
  static synchronized Path template() throws IOException, InterruptedException {
    if (template != null) {
      return template;
    }
    Path out = root().resolve("examples/target/cdk-synth");
    Path log = root().resolve("examples/target/cdk-synth.log");
    Files.createDirectories(out);
    ProcessBuilder pb = new ProcessBuilder(List.of(cdk().toString(), "synth", "ShopStack", "--output", out.toString(),
        "--no-notices", "--no-version-reporting", "--ci", "--quiet"))
        .directory(root().resolve("examples/src/test/cdk").toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("NODE_PATH", root().resolve("build/cdk/node_modules").toString());
    pb.environment().put("CDK_DISABLE_VERSION_CHECK", "1");
    pb.environment().put("CDK_DISABLE_CLI_TELEMETRY", "true");
    Process process = pb.start();
    if (!process.waitFor(SYNTH_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IllegalStateException("cdk synth did not finish within " + SYNTH_TIMEOUT + "; see " + log);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("cdk synth failed with exit code " + process.exitValue() + ":\n"
          + Files.readString(log));
    }
    template = out.resolve("ShopStack.template.json");
    return template;
  }

  private static Path cdk() {
    return root().resolve("build/cdk/node_modules/.bin/cdk");
  }

  private static Optional<Path> findOnPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}

package dev.ecsdsl.readme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Maven, run on a project in a process of its own, offline, against a private local repository: ours are
 * installed there, and third-party artifacts come from a seed repository (the build's own local one) through a
 * {@code file:} mirror, which offline mode is told it may read. Nothing is downloaded and the seed is never
 * written to.
 */
final class MavenRun {
  private MavenRun() {}

  record Result(int exitCode, String output) {}

  static Result run(Path project, Path mavenHome, Path localRepository, Path seedRepository, Duration timeout,
      String... goals) throws IOException, InterruptedException {
    Path settings = project.resolve("settings.xml");
    Files.writeString(settings, """
        <settings>
          <localRepository>%s</localRepository>
          <offline>true</offline>
          <mirrors>
            <mirror>
              <id>seed</id>
              <mirrorOf>*</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """.formatted(localRepository, seedRepository.toUri()), StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(mavenHome.resolve("bin").resolve("mvn").toString(),
        "-B", "-ntp", "-o", "-s", settings.toString(), "-Daether.offline.protocols=file"));
    command.addAll(List.of(goals));
    Path log = project.resolve("maven.log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().remove("MAVEN_OPTS");
    builder.environment().remove("MAVEN_ARGS");
    Process process = builder.start();
    try {
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError("Maven did not finish within " + timeout + " on " + project + "; its output:\n"
            + Files.readString(log));
      }
    } finally {
      if (process.isAlive()) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    }
    return new Result(process.exitValue(), Files.readString(log));
  }
}

package dev.ecsdsl.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.cli.Command;
import dev.ecsdsl.examples.tour.TourRun.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/ecs-dsl tour} in memory: what it prints, the report it writes, and how it refuses bad input. */
class TourCommandTest {
  @TempDir Path dir;

  @Test
  void printsEveryPhaseThePlacementAndWhereTheReportWent() throws Exception {
    Path report = dir.resolve("reports/tour.html");

    Result r = TourRun.cli("tour", "--seed", "7", "--report", report.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("ecs-dsl tour: environment shop on inmemory (seed 7)")
        .containsSubsequence("== deploy", "== steady state", "== rolling update", "== failure", "== recovery",
            "== scale-out", "== scale-in", "== nightly report", "== placement at the end")
        .contains("has started a deployment", "of storefront:2.")
        .contains("app exited with code 137", "TerminationNotice")
        .contains("requests-target: desired count 3 → 9")
        .contains("rule/nightly-report  RunTask started 1 task(s)")
        .contains("cluster        instance")
        .contains("12 live tasks")
        .contains("report: " + report.toAbsolutePath());
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
        .contains("<script type=\"application/json\" id=\"tour-data\">{\"title\":\"ecs-dsl tour: shop on inmemory\"");
    try (var files = Files.list(report.getParent())) {
      assertThat(files).as("no temporary file left").containsExactly(report);
    }
  }

  @Test
  void theSameSeedTellsTheSameStory() {
    Result first = TourRun.cli("tour", "--seed", "3", "--report", dir.resolve("a.html").toString());
    Result second = TourRun.cli("tour", "--seed", "3", "--report", dir.resolve("b.html").toString());

    assertThat(first.code()).isZero();
    assertThat(second.out().replace("b.html", "a.html")).isEqualTo(first.out());
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertUsageError(TourRun.cli("tour", "--colour", "red"), "unknown option '--colour'");
    assertUsageError(TourRun.cli("tour", "--runtime", "kubernetes"), "--runtime is inmemory or docker, not 'kubernetes'");
    assertUsageError(TourRun.cli("tour", "--seed", "forty-two"), "--seed takes a whole number, not 'forty-two'");
    assertUsageError(TourRun.cli("tour", "--report"), "--report needs a value");
  }

  @Test
  void aReportPathThatCannotBeWrittenIsAUsageErrorBeforeTheTourRuns() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");

    Result underAFile = TourRun.cli("tour", "--report", file.resolve("tour.html").toString());
    Result aFolder = TourRun.cli("tour", "--report", dir.toString());

    assertThat(underAFile.code()).isEqualTo(Command.USAGE);
    assertThat(underAFile.err()).startsWith("ecs-dsl tour: cannot write the report to " + file.resolve("tour.html"))
        .contains("its folder cannot be created: " + file + " is a file");
    assertThat(underAFile.out()).as("nothing ran").isEmpty();
    assertThat(aFolder.code()).isEqualTo(Command.USAGE);
    assertThat(aFolder.err()).contains("it is a directory");
  }

  @Test
  void withoutADockerEngineTheDockerTourSaysSoAndExitsOne() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder command = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "dev.ecsdsl.cli.Main", "tour", "--runtime", "docker", "--report", dir.resolve("r.html").toString())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    command.environment().put("DOCKER_HOST", "unix://" + dir.resolve("no-engine.sock"));
    Process process = command.start();
    try {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the tour gave up in time").isTrue();
    } finally {
      process.destroyForcibly();
    }

    assertThat(process.exitValue()).isEqualTo(Command.INVALID);
    assertThat(Files.readString(dir.resolve("err.txt")))
        .contains("ecs-dsl tour: --runtime docker needs a Docker engine. ").contains("no-engine.sock");
    assertThat(Files.readString(dir.resolve("out.txt"))).as("nothing started").isEmpty();
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  @Test
  void helpListsTheTourAndItsUsage() {
    assertThat(TourRun.cli("help").out()).contains("tour ");
    assertThat(TourRun.cli("help", "tour").out())
        .startsWith("usage: bin/ecs-dsl tour [--runtime inmemory|docker] [--report FILE] [--seed S]");
  }

  private static void assertUsageError(Result r, String message) {
    assertThat(r.code()).isEqualTo(Command.USAGE);
    assertThat(r.err()).startsWith("ecs-dsl tour: " + message).contains("usage: bin/ecs-dsl tour");
    assertThat(r.out()).isEmpty();
  }
}

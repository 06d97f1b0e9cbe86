package dev.ecsdsl.cli;

import static dev.ecsdsl.cli.CliRun.file;
import static dev.ecsdsl.cli.CliRun.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} on files made to hurt it (issue 22, part 5): output stays within a small multiple of the
 * input and is capped per file, problems are bounded in memory, and a 50 MB file validates in a JVM of 256 MB.
 * The files are generated in a temporary directory, never committed.
 */
class HostileFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /**
   * Two rules used to list every container in each of n problems: 2,000 containers that each depend on a
   * container that does not exist printed 2,000 × 2,000 names. A message now names at most ten.
   */
  @Test
  void outputGrowsLinearlyWithTheInput() throws IOException {
    StringBuilder containers = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      containers.append(i == 0 ? "" : ",").append("{\"name\": \"container").append(i)
          .append("\", \"image\": \"busybox\", \"memory\": 8, \"dependsOn\": [{\"containerName\": \"gone\",")
          .append(" \"condition\": \"START\"}], \"mountPoints\": [{\"sourceVolume\": \"v")
          .append(i).append("\", \"containerPath\": \"/d\"}]}");
    }
    StringBuilder volumes = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      volumes.append(i == 0 ? "" : ",").append("{\"name\": \"w").append(i).append("\"}");
    }
    String td = "{\"family\": \"wide\", \"containerDefinitions\": [" + containers + "], \"volumes\": [" + volumes
        + "]}";
    Path file = file(dir, "wide.json", td);

    CliRun run = validate("--max-problems", "10000", file);

    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("depends-on-unknown-container").contains("mount-point-unknown-volume")
        .contains(" and 1990 more)");
    assertThat((long) run.out.length()).as("output of a %d-byte file", td.length()).isLessThan(10L * td.length());
    assertThat(validate(file).out.length()).as("the default cap").isLessThan(60_000);
  }

  /** 300,000 unknown members used to be held as 300,000 problems (2.1 GB). Now 10,000 are kept, all counted. */
  @Test
  void problemsAreBoundedInMemoryAndAllCounted() throws IOException {
    Path file = dir.resolve("members.json");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"app\", \"image\": \"nginx\"");
      for (int i = 0; i < 300_000; i++) {
        w.write(", \"m" + i + "\": " + i);
      }
      w.write("}]}");
    }
    CliRun run = validate("--format", "json", "--max-problems", "3", file);

    JsonNode report = JSON.readTree(run.out);
    assertThat(run.code).isEqualTo(1);
    assertThat(report.at("/files/0/errors").asLong()).isEqualTo(300_000 + 1);
    assertThat(report.at("/files/0/notListed").asLong()).isEqualTo(300_000 + 1 - 3);
    assertThat(report.get("problems")).hasSize(3);
  }

  /** A 45,000-character member name is echoed clipped, and did-you-mean does not compare it character by character. */
  @Test
  void hugeNamesAreClippedInMessages() throws IOException {
    String huge = "x".repeat(45_000);
    Path file = file(dir, "names.json", "{\"family\": \"web\", \"" + huge + "\": 1, \"" + huge.replace('x', 'y')
        + "\": 2}");
    CliRun run = validate(file);
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("unknown member 'xxxx").contains("… (45000 characters)");
    assertThat(run.out.length()).isLessThan(5_000);
  }

  /**
   * A 50 MB file in a JVM of 256 MB: no OutOfMemoryError (which used to end the run with exit 1, the "invalid"
   * code), a verdict for it and for the file after it, and little output. The second file, just under the 4 MiB
   * that is read into the model, holds 30,000 containers in one dependency chain and checks that the rules stay
   * linear and the search for cycles does not overflow the stack.
   */
  @Test
  void aFiftyMegabyteFileValidatesInAJvmOf256Megabytes() throws IOException, InterruptedException {
    Path big = dir.resolve("big.json");
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("{\"family\": \"big\", \"containerDefinitions\": [");
      for (int i = 0; Files.size(big) < 50L * 1024 * 1024 || i < 10; i++) {
        w.write((i == 0 ? "" : ",") + "{\"name\": \"c" + i + "\", \"image\": \"busybox\", \"memoryy\": 8,"
            + " \"environment\": [{\"name\": \"K\", \"value\": \"" + "v".repeat(200) + "\"}], \"" + "n".repeat(300)
            + i + "\": true}");
        if (i % 1000 == 0) {
          w.flush();
        }
      }
      w.write("]}");
    }
    Path chain = dir.resolve("chain.json");
    try (BufferedWriter w = Files.newBufferedWriter(chain, StandardCharsets.UTF_8)) {
      w.write("{\"family\": \"chain\", \"containerDefinitions\": [");
      for (int i = 0; i < 30_000; i++) {
        w.write((i == 0 ? "" : ",") + "{\"name\": \"c" + i + "\", \"image\": \"busybox\", \"memory\": 8, \"dependsOn\":"
            + " [{\"containerName\": \"c" + ((i + 1) % 30_000) + "\", \"condition\": \"START\"}]}");
      }
      w.write("]}");
    }
    assertThat(Files.size(chain)).isLessThan(4L * 1024 * 1024);
    Path out = dir.resolve("out.txt");
    Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", Main.class.getName(), "validate", big.toString(),
        chain.toString())
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    try {
      assertThat(java.waitFor(5, TimeUnit.MINUTES)).as("the child JVM ends").isTrue();
    } finally {
      java.destroyForcibly();
    }
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(printed).doesNotContain("OutOfMemoryError").doesNotContain("internal error");
    assertThat(java.exitValue()).as(printed).isEqualTo(1);
    assertThat(printed).contains("big.json: not read: INVALID").contains("[json-document-too-large]")
        .contains("chain.json: task definition chain: INVALID")
        .contains("[max-containers-per-task-definition]").contains("[depends-on-cycle]");
    assertThat(printed.length()).isLessThan(200_000);
    assertThat(List.of(printed.split("\n"))).filteredOn(l -> l.contains(" more problems not listed")).singleElement()
        .asString().contains("(" + (countOf(printed, "big.json: not read: INVALID (") - 100) + " errors, 0 warnings)");
  }

  /** The number after {@code prefix} in the text. */
  private static long countOf(String text, String prefix) {
    int at = text.indexOf(prefix) + prefix.length();
    int end = at;
    while (Character.isDigit(text.charAt(end))) {
      end++;
    }
    return Long.parseLong(text.substring(at, end));
  }
}

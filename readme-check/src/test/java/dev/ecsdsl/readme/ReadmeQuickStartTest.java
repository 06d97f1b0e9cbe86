package dev.ecsdsl.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start, as a new user meets it: the project is put together from the README's own text
 * (its pom.xml, the dependencies later sections add, every Java snippet as a test source), built with Maven
 * offline against this build's artifacts (installed into a private repository), and counted: the build must
 * pass and every snippet's tests must actually run and pass, so a quick start that silently runs nothing fails
 * here. Runs in the integration-test phase, after the reactor has packaged and installed the artifacts.
 */
class ReadmeQuickStartTest {
  private static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(8);

  @Test
  void theQuickStartProjectBuildsAndEverySnippetsTestsRunAndPass() throws Exception {
    ReadmeProject project = ReadmeProject.parse(Files.readString(path("readme.file")));
    assertThat(project.testClasses()).as("the README's test sources").isNotEmpty();
    assertThat(bomVersion(project.pom())).as("the version of ecs-dsl-bom in the README's pom.xml")
        .isEqualTo(System.getProperty("project.version"));

    Path work = path("quickstart.work");
    deleteRecursively(work);
    project.writeTo(work);
    MavenRun.Result result = MavenRun.run(work, path("maven.home"), path("quickstart.repo"), path("seed.repo"),
        MAVEN_TIMEOUT, "test");

    assertThat(result.exitCode()).as("mvn test on the README's project (%s)%s; its output:%n%s", work,
        missingFromSeed(result.output()), result.output()).isZero();
    Map<String, SurefireReports.Counts> ran = SurefireReports.read(work.resolve("target/surefire-reports"));
    assertThat(ran.keySet()).as("the test classes that ran; Maven said:%n%s", result.output())
        .containsExactlyInAnyOrderElementsOf(project.testClasses());
    ran.forEach((testClass, counts) -> {
      assertThat(counts.tests()).as("tests run in %s", testClass).isPositive();
      assertThat(counts.passed()).as("tests passed in %s (%s)", testClass, counts).isEqualTo(counts.tests());
    });
  }

  /**
   * A hint when offline resolution failed for want of a third-party file in the seed repository: a user's build
   * mediates versions differently from ours, so it can ask for a pom our own build never needed.
   */
  private static String missingFromSeed(String output) {
    boolean missing = output.contains("in seed (file:") || output.contains("was not found in file:");
    return missing ? " (a third-party artifact the README's project resolves is not in the seed repository "
        + path("seed.repo") + "; fetch it into that repository once, e.g. with mvn dependency:get -Dartifact=..., and"
        + " run again)" : "";
  }

  private static String bomVersion(String pom) {
    Matcher bom = Pattern.compile("<artifactId>ecs-dsl-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(bom.find()).as("the README's pom.xml imports ecs-dsl-bom with a version").isTrue();
    return bom.group(1);
  }

  static Path path(String property) {
    String value = System.getProperty(property);
    assertThat(value).as("system property %s (set by readme-check's pom)", property).isNotBlank();
    return Path.of(value).toAbsolutePath().normalize();
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

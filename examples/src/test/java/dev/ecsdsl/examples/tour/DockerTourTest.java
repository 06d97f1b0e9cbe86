package dev.ecsdsl.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ecsdsl.docker.engine.DockerEngine;
import dev.ecsdsl.examples.tour.TourRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/ecs-dsl tour --runtime docker} with real containers (about a minute and a half). It runs in the
 * build's Docker pass ({@code -Decs.runtime=docker}); without an engine it is skipped, except under CI.
 */
class DockerTourTest {

  @Test
  void theTourRunsOnRealContainers(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue("docker".equals(System.getProperty("ecs.runtime")),
        "the Docker tour runs in the Docker pass of the build (-Decs.runtime=docker)");
    Optional<String> noEngine = DockerEngine.unavailableReason();
    if (noEngine.isPresent() && System.getenv("CI") != null) {
      fail("CI is set but there is no Docker engine: " + noEngine.get());
    }
    Assumptions.assumeTrue(noEngine.isEmpty(), () -> "no Docker engine: " + noEngine.orElse(""));
    Path report = dir.resolve("docker.html");

    Result r = TourRun.cli("tour", "--runtime", "docker", "--seed", "4", "--report", report.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("ecs-dsl tour: environment shop-on-docker on docker (seed 4)")
        .containsSubsequence("== deploy", "== rolling update", "== failure", "== recovery", "== scale-out",
            "== placement at the end")
        .contains("of storefront:2.", "UserInitiated: ecs-dsl tour: a failure", "DRAINING")
        .contains("9 live tasks");
    assertThat(Files.readString(report)).contains("\"runtime\":\"docker\"");
  }
}

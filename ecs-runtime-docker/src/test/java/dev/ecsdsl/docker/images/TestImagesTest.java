package dev.ecsdsl.docker.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import dev.ecsdsl.docker.DockerEngineExtension;
import dev.ecsdsl.docker.DockerTesting;
import dev.ecsdsl.docker.RequiresDocker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test images build locally, from the host's busybox, without a registry. */
@RequiresDocker
class TestImagesTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();

  @Test
  void theBusyboxImageBuildsWithoutAPullAndIsReusedAfterwards() throws InterruptedException {
    String repository = "ecs-dsl-test/busybox-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    long since = Instant.now().getEpochSecond();
    try {
      String tag = TestImages.busybox(ENGINE.docker(), repository);
      String built = ENGINE.docker().inspectImageCmd(tag).exec().getId();
      String again = TestImages.busybox(ENGINE.docker(), repository);

      // How long a build takes is a benchmark's business (a timed assertion here failed on a loaded machine).
      assertThat(tag).startsWith(repository + ":");
      assertThat(again).isEqualTo(tag);
      assertThat(ENGINE.docker().inspectImageCmd(again).exec().getId()).as("the same image, reused").isEqualTo(built);
      assertThat(ENGINE.docker().inspectImageCmd(tag).exec().getConfig().getLabels())
          .containsKey(TestImages.BINARY_LABEL);
      assertThat(imageActionsSince(since)).as("image events during the build").doesNotContain("pull");
    } finally {
      // by tag: the layer cache may make it the very image ecs-dsl/busybox names, which must stay
      ENGINE.docker().listImagesCmd().withImageNameFilter(repository).exec().stream()
          .flatMap(image -> java.util.Arrays.stream(image.getRepoTags()))
          .filter(tag -> tag.startsWith(repository + ":"))
          .forEach(tag -> ENGINE.docker().removeImageCmd(tag).exec());
    }
  }

  @Test
  void aContainerOfTheBusyboxImageRunsAShellCommand() throws InterruptedException {
    DockerTesting.Result result = DockerTesting.run(ENGINE.docker(), TestImages.busybox(ENGINE.docker()), "sh", "-c", "echo hi");

    assertThat(result.exitCode()).isZero();
    assertThat(result.output()).isEqualTo("hi\n");
  }

  @Test
  void theBusyboxImageHasTheAppletsAndDirectoriesTestsUse() throws InterruptedException {
    DockerTesting.Result result = DockerTesting.run(ENGINE.docker(), TestImages.busybox(ENGINE.docker()), "sh", "-c",
        "for a in sh httpd nc wget sleep touch test; do command -v $a >/dev/null || { echo missing $a; exit 1; }; "
            + "done; touch /tmp/healthy && test -f /tmp/healthy && id -u nobody");

    assertThat(result.output()).isEqualTo("65534\n");
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void thePauseImageIsTheBusyboxImageSleeping() {
    String pause = TestImages.pause(ENGINE.docker());

    assertThat(pause).startsWith(TestImages.PAUSE_REPOSITORY + ":");
    assertThat(ENGINE.docker().inspectImageCmd(pause).exec().getConfig().getCmd()).containsExactly("sleep", "2147483647");
    assertThat(TestImages.pause(ENGINE.docker())).isEqualTo(pause);
  }

  private static List<String> imageActionsSince(long since) throws InterruptedException {
    List<String> actions = new ArrayList<>();
    ENGINE.docker().eventsCmd().withSince(Long.toString(since)).withUntil(Long.toString(Instant.now().getEpochSecond() + 1))
        .withEventTypeFilter(EventType.IMAGE)
        .exec(new ResultCallback.Adapter<Event>() {
          @Override
          public void onNext(Event event) {
            actions.add(event.getAction());
          }
        }).awaitCompletion(10, TimeUnit.SECONDS);
    return actions;
  }
}

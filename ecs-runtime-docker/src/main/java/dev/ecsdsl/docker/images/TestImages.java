package dev.ecsdsl.docker.images;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project's own small images, built on the local engine from the host's static busybox binary: nothing
 * is pulled, so they build where no registry is reachable.
 *
 * <ul>
 *   <li>{@link #busybox} ({@code ecs-dsl/busybox:<major.minor>}): {@code FROM scratch}, busybox at
 *       {@code /bin/busybox} with every applet linked in {@code /bin} ({@code sh}, {@code httpd}, {@code nc},
 *       {@code wget}, {@code sleep}, {@code touch}, {@code test}, …), a writable {@code /tmp}, and
 *       {@code /etc/passwd} with {@code root} and {@code nobody};
 *   <li>{@link #pause} ({@code ecs-dsl/pause:<major.minor>}): the busybox image sleeping for ever, what holds
 *       an awsvpc task's network namespace.
 * </ul>
 *
 * <p>An image is built once per engine: a later call finds the tag with a label carrying the SHA-256 of
 * the busybox binary it was built from and reuses it (a changed binary rebuilds it). Building takes
 * seconds.
 *
 * <p>Needs a statically linked busybox on the host: Debian's {@code busybox-static} package (which
 * {@code bin/setup-docker} installs), or a binary named by the environment variable
 * {@code ECS_DSL_BUSYBOX}. The binary must suit the engine's architecture, so a remote engine needs one
 * built for its machine.
 */
public final class TestImages {
  /** The repository of the busybox image. */
  public static final String BUSYBOX_REPOSITORY = "ecs-dsl/busybox";
  /** The repository of the pause image. */
  public static final String PAUSE_REPOSITORY = "ecs-dsl/pause";
  /** The image label holding the SHA-256 of the busybox binary an image was built from. */
  public static final String BINARY_LABEL = "dev.ecsdsl.busybox.sha256";
  private static final Logger LOG = LoggerFactory.getLogger(TestImages.class);
  private static final long BUILD_TIMEOUT_SECONDS = 120;
  private static StaticBusybox binary;

  private TestImages() {}

  /**
   * The tag of the busybox image, built first if the engine lacks it.
   *
   * @param docker the engine's client
   * @return the image tag
   * @throws IllegalStateException when the host has no static busybox, or the build fails
   */
  public static String busybox(DockerClient docker) {
    return busybox(docker, BUSYBOX_REPOSITORY);
  }

  /** The busybox image in {@code repository} (tests build throwaway ones). */
  static synchronized String busybox(DockerClient docker, String repository) {
    StaticBusybox binary = binary();
    String tag = repository + ":" + binary.tagVersion();
    if (!builtFrom(docker, tag, binary)) {
      String dockerfile = String.join("\n",
          "FROM scratch",
          "COPY busybox /bin/busybox",
          "COPY passwd group /etc/",
          // --install needs only the binary; /tmp must exist for scripts that write there
          "RUN [\"/bin/busybox\", \"sh\", \"-c\", \"/bin/busybox --install -s /bin"
              + " && /bin/busybox mkdir -p /tmp /var/www && /bin/busybox chmod 1777 /tmp\"]",
          "LABEL " + BINARY_LABEL + "=\"" + binary.sha256() + "\"",
          "CMD [\"sh\"]", "");
      byte[] context = new TarArchive()
          .add("Dockerfile", dockerfile)
          .add("busybox", 0755, binary.content())
          .add("passwd", "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n")
          .add("group", "root:x:0:\nnogroup:x:65534:\n")
          .toByteArray();
      build(docker, tag, context, binary);
    }
    return tag;
  }

  /**
   * The tag of the pause image (the busybox image running {@code sleep} for ever), built first if needed.
   *
   * @param docker the engine's client
   * @return the image tag
   * @throws IllegalStateException when the host has no static busybox, or the build fails
   */
  public static synchronized String pause(DockerClient docker) {
    String busybox = busybox(docker);
    StaticBusybox binary = binary();
    String tag = PAUSE_REPOSITORY + ":" + binary.tagVersion();
    if (!builtFrom(docker, tag, binary)) {
      String dockerfile = String.join("\n",
          "FROM " + busybox,
          "LABEL " + BINARY_LABEL + "=\"" + binary.sha256() + "\"",
          "CMD [\"sleep\", \"2147483647\"]", "");
      build(docker, tag, new TarArchive().add("Dockerfile", dockerfile).toByteArray(), binary);
    }
    return tag;
  }

  /** The host's binary, read and hashed once per JVM. */
  private static StaticBusybox binary() {
    if (binary == null) {
      binary = StaticBusybox.find();
    }
    return binary;
  }

  private static boolean builtFrom(DockerClient docker, String tag, StaticBusybox binary) {
    try {
      InspectImageResponse image = docker.inspectImageCmd(tag).exec();
      Map<String, String> labels = Optional.ofNullable(image.getConfig()).map(c -> c.getLabels()).orElse(Map.of());
      return binary.sha256().equals(labels == null ? null : labels.get(BINARY_LABEL));
    } catch (NotFoundException e) {
      return false;
    }
  }

  private static void build(DockerClient docker, String tag, byte[] context, StaticBusybox binary) {
    LOG.info("building {} from {} (busybox {})", tag, binary.path(), binary.version());
    try {
      docker.buildImageCmd(new ByteArrayInputStream(context))
          .withTags(Set.of(tag))
          .withPull(false)
          .withRemove(true)
          .withForcerm(true)
          .exec(new BuildImageResultCallback())
          .awaitImageId(BUILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (RuntimeException e) {
      throw new IllegalStateException("building the test image " + tag + " failed: " + e.getMessage(), e);
    }
  }
}

package dev.ecsdsl.junit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.Environment;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.TestAbortedException;

/**
 * Keeps Docker tests off registries: before a deploy, every image of the description must be on the
 * engine already, or the test is skipped with the names of the missing ones.
 */
final class LocalImages {
  // The Docker agent maps an ECR URI to the local image <repository>:<tag>; so does this check.
  private static final Pattern ECR =
      Pattern.compile("^\\d{12}\\.dkr\\.ecr(?:-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(?:\\.cn)?/(.+)$");

  private LocalImages() {}

  static void requirePresent(DockerClient docker, Environment environment) {
    missing(docker, environment).ifPresent(reason -> {
      throw new TestAbortedException(reason);
    });
  }

  /** Why the description cannot run without pulls, if it cannot. */
  static Optional<String> missing(DockerClient docker, Environment environment) {
    TreeSet<String> missing = new TreeSet<>();
    environment.taskDefinitions().stream().flatMap(td -> td.containerDefinitions().stream())
        .map(ContainerDefinition::image).distinct().filter(image -> !present(docker, local(image)))
        .map(image -> image.equals(local(image)) ? image : image + " (local tag " + local(image) + ")")
        .forEach(missing::add);
    return missing.isEmpty() ? Optional.empty() : Optional.of("the Docker engine lacks " + List.copyOf(missing)
        + " and @EcsTest does not pull images (tag local images with these names, or set @EcsTest(pullImages = true))");
  }

  static String local(String image) {
    Matcher ecr = ECR.matcher(image);
    if (!ecr.matches()) {
      return image;
    }
    String repository = ecr.group(1);
    boolean tagged = repository.contains("@") || repository.lastIndexOf(':') > repository.lastIndexOf('/');
    return tagged ? repository : repository + ":latest";
  }

  private static boolean present(DockerClient docker, String image) {
    try {
      docker.inspectImageCmd(image).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }
}

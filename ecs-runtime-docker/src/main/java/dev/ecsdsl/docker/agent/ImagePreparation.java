package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.ecsdsl.control.agent.EcsErrors;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.TaskDefinition;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets a task's images onto the engine. An image already there is used as it is (there is no "always
 * pull"): tests run on local images. Only an absent image is pulled, with a short timeout, and a failure
 * comes back as ECS words it, {@code CannotPullContainerError: <engine's reason>}. ECR images are never
 * pulled: they are local tags (see {@link ImageReferences}).
 */
final class ImagePreparation {
  private static final Logger LOG = LoggerFactory.getLogger(ImagePreparation.class);
  private final DockerClient docker;
  private final Duration pullTimeout;

  ImagePreparation(DockerClient docker, Duration pullTimeout) {
    this.docker = docker;
    this.pullTimeout = pullTimeout;
  }

  /** Makes every image of the definition present; the ECS reason of the first that cannot be, if any. */
  Optional<String> prepare(TaskDefinition definition) {
    Set<String> images = new LinkedHashSet<>();
    for (ContainerDefinition container : definition.containerDefinitions()) {
      images.add(container.image());
    }
    for (String image : images) {
      Optional<String> failure = ensurePresent(image);
      if (failure.isPresent()) {
        return Optional.of(EcsErrors.cannotPullContainer(failure.get()));
      }
    }
    return Optional.empty();
  }

  private Optional<String> ensurePresent(String image) {
    String local = ImageReferences.local(image);
    if (present(local)) {
      return Optional.empty();
    }
    if (ImageReferences.isEcr(image)) {
      return Optional.of("failed to resolve ref " + image + ": not found: no local image " + local
          + " (the Docker runtime serves ECR repositories from local images; tag one as " + local + ")");
    }
    Optional<String> failure = pull(image);
    if (failure.isPresent()) {
      return failure;
    }
    return present(local) ? Optional.empty() : Optional.of("image " + image + " is not on the engine after its pull");
  }

  private boolean present(String reference) {
    try {
      docker.inspectImageCmd(reference).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /** Pulls one image; the engine's reason when that fails or takes longer than the timeout. */
  private Optional<String> pull(String image) {
    LOG.info("pulling {} (not on the engine)", image);
    PullImageCmd cmd = docker.pullImageCmd(image);
    if (!ImageReferences.hasTagOrDigest(image)) {
      cmd.withTag("latest");
    }
    PullProgress progress = cmd.exec(new PullProgress());
    try {
      return progress.await(image, pullTimeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("pull image " + image + " was interrupted");
    } finally {
      try {
        progress.close();
      } catch (IOException e) {
        LOG.debug("closing the pull of {} failed", image, e);
      }
    }
  }
}

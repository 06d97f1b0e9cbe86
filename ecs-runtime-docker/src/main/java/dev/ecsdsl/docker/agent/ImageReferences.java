package dev.ecsdsl.docker.agent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the Docker agent finds a container's image. Plain references ({@code nginx:1.27},
 * {@code ghcr.io/o/app@sha256:…}) are used as written. An ECR URI
 * ({@code <account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag]}) names the local image
 * {@code <repository>:<tag>} ({@code latest} when no tag is given): no registry is reached, so an image
 * "pushed" to an ECR repository is an image tagged locally with the repository's name, e.g.
 * {@code docker tag my-build shop/web:1.4.2} for {@code 123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/web:1.4.2}.
 */
final class ImageReferences {
  private static final Pattern ECR =
      Pattern.compile("^\\d{12}\\.dkr\\.ecr(?:-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(?:\\.cn)?/(.+)$");

  private ImageReferences() {}

  /** Whether the image is in an ECR repository. */
  static boolean isEcr(String image) {
    return ECR.matcher(image).matches();
  }

  /** The reference of the image on the local engine. */
  static String local(String image) {
    Matcher ecr = ECR.matcher(image);
    if (!ecr.matches()) {
      return image;
    }
    String repository = ecr.group(1);
    return hasTagOrDigest(repository) ? repository : repository + ":latest";
  }

  /**
   * Whether the reference names one image rather than a repository. A colon before the last slash belongs
   * to a registry's port, not to a tag.
   */
  static boolean hasTagOrDigest(String reference) {
    return reference.contains("@") || reference.lastIndexOf(':') > reference.lastIndexOf('/');
  }
}

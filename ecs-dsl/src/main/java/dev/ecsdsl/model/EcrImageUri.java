package dev.ecsdsl.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Amazon ECR private image URI, {@code <account>.dkr.ecr.<region>.amazonaws.com/<repository>[:<tag>][@<digest>]}
 * (Amazon ECR User Guide, "Pulling an image"); a URI without tag or digest means the tag {@code latest}.
 *
 * @param account the registry's account id
 * @param region the registry's region
 * @param repository the repository name, e.g. {@code shop/web}
 * @param tag the tag, when given
 * @param digest the digest, when given
 */
public record EcrImageUri(String account, String region, String repository, Optional<String> tag,
    Optional<String> digest) {
  private static final Pattern ECR = Pattern.compile(
      "(\\d{12})\\.dkr\\.ecr(?:-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/([^:@]+)(?::([^@]+))?(?:@(.+))?");

  /**
   * {@return the ECR image an image reference names; empty when it is not an ECR private image URI}
   *
   * @param image an image reference, as in a container definition
   */
  public static Optional<EcrImageUri> parse(String image) {
    Matcher m = ECR.matcher(image.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new EcrImageUri(m.group(1), m.group(2), m.group(3), Optional.ofNullable(m.group(4)),
        Optional.ofNullable(m.group(5))));
  }

  /** {@return the tag the URI pulls: its tag, or {@code latest} when it names neither tag nor digest} */
  public String tagOrLatest() {
    return tag.orElse("latest");
  }

  /**
   * The repository's ARN, the resource of {@code ecr:BatchGetImage} and {@code ecr:GetDownloadUrlForLayer}.
   *
   * @return {@code arn:aws:ecr:<region>:<account>:repository/<name>}
   */
  public String repositoryArn() {
    return "arn:aws:ecr:" + region + ":" + account + ":repository/" + repository;
  }

  /** {@return the registry host} */
  public String registry() {
    return account + ".dkr.ecr." + region + ".amazonaws.com";
  }
}

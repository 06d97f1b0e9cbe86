package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An ECR repository and the image tags pushed to it (its URI resolves only those). */
@Value.Immutable
public interface EcrRepository {
  /** {@return the repository name, e.g. {@code shop/web}} */
  String repositoryName();

  /** {@return the tags pushed to the repository, e.g. {@code 1.4.2}} */
  List<String> imageTags();

  /**
   * {@return the repository URI in the given account and region}
   *
   * @param accountId 12-digit AWS account id
   * @param region AWS region, such as {@code us-east-1}
   */
  default String repositoryUri(String accountId, String region) {
    return accountId + ".dkr.ecr." + region + ".amazonaws.com/" + repositoryName();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EcrRepository}. */
  class Builder extends ImmutableEcrRepository.Builder {}
}

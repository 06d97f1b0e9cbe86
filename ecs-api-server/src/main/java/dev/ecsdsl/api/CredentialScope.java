package dev.ecsdsl.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region a caller signed its request for, from the SigV4 {@code Authorization} header's credential scope
 * ({@code Credential=AKID/20250101/eu-west-1/ecs/aws4_request}): the region whose ARNs, default VPC and resources
 * the call means. The signature itself is not checked (the endpoint has no authentication). A request without
 * the header (curl, a test's raw HTTP) has no region of its own and is served in the endpoint's default region.
 */
final class CredentialScope {
  /** An AWS region name, e.g. {@code us-east-1}, {@code ap-southeast-2}, {@code us-gov-west-1}. */
  static final Pattern REGION = Pattern.compile("[a-z]{2}(?:-[a-z]+){1,2}-[1-9][0-9]?");
  private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^,\\s]{0,512})");

  private CredentialScope() {}

  /**
   * The region of the {@code Authorization} header, if it has a SigV4 credential scope.
   *
   * @throws ApiException when the scope names something that is not a region
   */
  static Optional<String> region(String authorization) {
    if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256")) {
      return Optional.empty();
    }
    Matcher credential = CREDENTIAL.matcher(authorization);
    if (!credential.find()) {
      return Optional.empty();
    }
    String[] scope = credential.group(1).split("/", -1);
    if (scope.length != 5) {
      return Optional.empty();
    }
    String region = scope[2];
    if (!REGION.matcher(region).matches()) {
      throw new ApiException("InvalidSignatureException", "Credential should be scoped to a valid region, not "
          + Messages.quote(region) + ".", 403);
    }
    return Optional.of(region);
  }
}

package dev.ecsdsl.docker.endpoints;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Temporary credentials of a task role as the ECS credentials endpoint serves them. They are made up
 * (nothing here signs requests to AWS): shaped like STS's, distinct per task, valid for six hours.
 *
 * @param accessKeyId {@code ASIA…}, 20 characters like STS's
 * @param secretAccessKey 40 characters
 * @param token the session token
 * @param expiration when they expire
 * @param roleArn the task role
 */
public record RoleCredentials(String accessKeyId, String secretAccessKey, String token, Instant expiration,
    String roleArn) {
  static final Duration LIFETIME = Duration.ofHours(6);
  private static final String KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String SECRET_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  /**
   * Checks the components.
   *
   * @param accessKeyId the access key id, not null
   * @param secretAccessKey the secret access key, not null
   * @param token the session token, not null
   * @param expiration the expiry time, not null
   * @param roleArn the role's ARN, not null
   */
  public RoleCredentials {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(expiration, "expiration");
    Objects.requireNonNull(roleArn, "roleArn");
  }

  /** New credentials for {@code roleArn}, issued at {@code now}. */
  static RoleCredentials issue(String roleArn, Instant now, SecureRandom random) {
    return new RoleCredentials("ASIA" + randomText(random, KEY_ALPHABET, 16),
        randomText(random, SECRET_ALPHABET, 40), randomText(random, SECRET_ALPHABET, 200),
        now.plus(LIFETIME), roleArn);
  }

  static String randomText(SecureRandom random, String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}

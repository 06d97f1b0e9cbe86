package dev.ecsdsl.control.iam;

import dev.ecsdsl.model.Environment;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a secret's {@code valueFrom} designates: a Secrets Manager secret or an SSM parameter, its ARN (the
 * resource IAM checks) and its value when the environment holds it.
 *
 * <p>A name (not an ARN) designates an SSM parameter of the task's account and region, as ECS documents; a name
 * that only the environment's {@code secrets} hold is read as that Secrets Manager secret, whose ARN here has no
 * random six-character suffix (write policies as {@code secret:name*}). JSON keys, version stages and version ids
 * of a Secrets Manager reference select nothing here: the value is the whole secret string.
 *
 * @param store where the value lives
 * @param arn the secret's or parameter's ARN
 * @param value its value, when the environment holds it
 */
public record SecretReference(Store store, String arn, Optional<String> value) {
  private static final Pattern SUFFIX = Pattern.compile("-[A-Za-z0-9]{6}$");

  /** Secrets Manager or Parameter Store, with the action ECS calls to read from it. */
  public enum Store {
    /** AWS Secrets Manager: ECS calls GetSecretValue. */
    SECRETS_MANAGER("secretsmanager:GetSecretValue"),
    /** AWS Systems Manager Parameter Store: ECS calls GetParameters. */
    SSM_PARAMETER_STORE("ssm:GetParameters");

    private final String action;

    Store(String action) {
      this.action = action;
    }

    /**
     * The IAM action ECS needs to read a value from this store.
     *
     * @return the action, e.g. {@code secretsmanager:GetSecretValue}
     */
    public String action() {
      return action;
    }
  }

  /**
   * What {@code valueFrom} designates in {@code env}; empty when it is an ARN of neither store.
   *
   * @param env the environment that holds the secrets and parameters
   * @param valueFrom the {@code valueFrom} of a container's secret
   * @return the reference, or empty
   */
  public static Optional<SecretReference> resolve(Environment env, String valueFrom) {
    if (!valueFrom.startsWith("arn:")) {
      String trimmed = valueFrom.startsWith("/") ? valueFrom.substring(1) : valueFrom;
      Optional<String> parameter = parameter(env, trimmed);
      if (parameter.isEmpty() && env.secrets().containsKey(valueFrom)) {
        return Optional.of(new SecretReference(Store.SECRETS_MANAGER, "arn:aws:secretsmanager:" + env.region() + ":"
            + env.accountId() + ":secret:" + valueFrom, Optional.of(env.secrets().get(valueFrom))));
      }
      return Optional.of(new SecretReference(Store.SSM_PARAMETER_STORE, "arn:aws:ssm:" + env.region() + ":"
          + env.accountId() + ":parameter/" + trimmed, parameter));
    }
    String[] parts = valueFrom.split(":", 8);
    if (parts.length < 6) {
      return Optional.empty();
    }
    boolean local = parts[3].equals(env.region()) && parts[4].equals(env.accountId());
    if (parts[2].equals("secretsmanager") && parts.length >= 7 && parts[5].equals("secret")) {
      String arn = String.join(":", parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
      String name = parts[6];
      Optional<String> value = local ? Optional.ofNullable(env.secrets().get(name))
          .or(() -> Optional.ofNullable(env.secrets().get(SUFFIX.matcher(name).replaceFirst("")))) : Optional.empty();
      return Optional.of(new SecretReference(Store.SECRETS_MANAGER, arn, value));
    }
    String resource = valueFrom.split(":", 6)[5];
    if (parts[2].equals("ssm") && resource.startsWith("parameter/")) {
      Optional<String> value = local ? parameter(env, resource.substring("parameter/".length())) : Optional.empty();
      return Optional.of(new SecretReference(Store.SSM_PARAMETER_STORE, valueFrom, value));
    }
    return Optional.empty();
  }

  private static Optional<String> parameter(Environment env, String trimmed) {
    return Optional.ofNullable(env.ssmParameters().get(trimmed))
        .or(() -> Optional.ofNullable(env.ssmParameters().get("/" + trimmed)));
  }
}

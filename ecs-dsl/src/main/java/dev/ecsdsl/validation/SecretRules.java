package dev.ecsdsl.validation;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.LogConfiguration;
import dev.ecsdsl.model.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules about secrets injected into containers (environment variables and log driver options): they need a
 * task execution role to be read, and must name a secret or parameter that exists.
 */
final class SecretRules {
  private SecretRules() {}

  private static final String SECRETS =
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html";

  /** Doc: a task definition that references Secrets Manager secrets or SSM parameters needs a task execution role. */
  static final Rule NEEDS_EXECUTION_ROLE = Rule.error("secrets-require-execution-role",
      "Containers with secrets need a task execution role to read them",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html");

  /** Doc: valueFrom is the ARN (or same-account name) of a Secrets Manager secret or SSM parameter that exists. */
  static final Rule SECRET_UNKNOWN = Rule.error("secret-unknown",
      "A secret's valueFrom must name a secret or parameter of the environment", SECRETS);

  static final List<Rule> RULES = List.of(NEEDS_EXECUTION_ROLE, SECRET_UNKNOWN);

  private static final Pattern SECRETS_MANAGER_SUFFIX = Pattern.compile("-[A-Za-z0-9]{6}$");

  /** Checks the secrets of every container. */
  static void check(TaskScope s, Findings f) {
    for (ContainerDefinition c : s.td().containerDefinitions()) {
      ProblemPath path = s.container(c);
      List<Secret> logSecrets = c.logConfiguration().map(LogConfiguration::secretOptions).orElse(List.of());
      if (!s.hasExecutionRole() && (!c.secrets().isEmpty() || !logSecrets.isEmpty())) {
        List<String> names = new ArrayList<>();
        c.secrets().forEach(x -> names.add(x.name()));
        logSecrets.forEach(x -> names.add(x.name()));
        f.add(NEEDS_EXECUTION_ROLE, path.then(c.secrets().isEmpty() ? "logConfiguration" : "secrets"),
            "container " + c.name() + " reads secrets (" + String.join(", ", names)
                + ") but the task definition has no executionRoleArn to read them with",
            "set executionRoleArn to a role trusted by ecs-tasks.amazonaws.com that may read the secrets"
                + " (secretsmanager:GetSecretValue / ssm:GetParameters)");
      }
      if (s.env().isPresent()) {
        for (int i = 0; i < c.secrets().size(); i++) {
          known(s.env().get(), c.secrets().get(i), path.then("secrets", i), f);
        }
        for (int i = 0; i < logSecrets.size(); i++) {
          known(s.env().get(), logSecrets.get(i), path.then("logConfiguration").then("secretOptions", i), f);
        }
      }
    }
  }

  private static void known(Environment env, Secret secret, ProblemPath at, Findings f) {
    String ref = secret.valueFrom();
    Optional<Boolean> exists = exists(env, ref);
    if (exists.isPresent() && !exists.get()) {
      f.add(SECRET_UNKNOWN, at.then("valueFrom"),
          "secret " + secret.name() + " reads '" + ref + "', which is neither a Secrets Manager secret nor an SSM"
              + " parameter of the environment",
          "add it to the environment's secrets or ssmParameters, or fix valueFrom");
    }
  }

  /** Whether the reference resolves in the environment; empty when it names another account or region. */
  static Optional<Boolean> exists(Environment env, String ref) {
    if (!ref.startsWith("arn:")) {
      String trimmed = ref.startsWith("/") ? ref.substring(1) : ref;
      return Optional.of(env.secrets().containsKey(ref) || env.ssmParameters().containsKey(ref)
          || env.ssmParameters().containsKey(trimmed) || env.ssmParameters().containsKey("/" + trimmed));
    }
    String[] parts = ref.split(":", 7);
    if (parts.length < 6) {
      return Optional.of(false);
    }
    if ((!parts[3].isEmpty() && !parts[3].equals(env.region()))
        || (!parts[4].isEmpty() && !parts[4].equals(env.accountId()))) {
      return Optional.empty();
    }
    String service = parts[2];
    if (service.equals("secretsmanager")) {
      if (parts.length < 7 || !parts[5].equals("secret")) {
        return Optional.of(false);
      }
      String name = parts[6];
      int colon = name.indexOf(':');
      if (colon >= 0) {
        name = name.substring(0, colon); // json-key:version-stage:version-id
      }
      String withoutSuffix = SECRETS_MANAGER_SUFFIX.matcher(name).replaceFirst("");
      return Optional.of(env.secrets().containsKey(name) || env.secrets().containsKey(withoutSuffix));
    }
    if (service.equals("ssm")) {
      String resource = parts.length == 7 ? parts[5] + ":" + parts[6] : parts[5];
      if (!resource.startsWith("parameter")) {
        return Optional.of(false);
      }
      String name = resource.substring("parameter".length());
      String trimmed = name.startsWith("/") ? name.substring(1) : name;
      return Optional.of(env.ssmParameters().containsKey(trimmed) || env.ssmParameters().containsKey("/" + trimmed));
    }
    return Optional.of(false);
  }
}

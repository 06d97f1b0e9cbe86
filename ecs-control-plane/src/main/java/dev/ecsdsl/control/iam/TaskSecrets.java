package dev.ecsdsl.control.iam;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.Secret;
import dev.ecsdsl.model.TaskDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values a container's {@code secrets} put into its environment: only those the task execution role may
 * read (a task whose role may not read one never starts: {@link PermissionCheckingAgent}), and only those the
 * environment holds a value for.
 */
public final class TaskSecrets {
  private TaskSecrets() {}

  /**
   * Environment variable name → value of the container's readable secrets, in definition order.
   *
   * @param env the environment that holds the secrets and parameters
   * @param task the task definition
   * @param container the container, of that task definition
   * @return the values by variable name
   */
  public static Map<String, String> values(Environment env, TaskDefinition task, ContainerDefinition container) {
    Optional<IamRole> execution = task.executionRoleArn().flatMap(env::role);
    Map<String, String> values = new LinkedHashMap<>();
    for (Secret secret : container.secrets()) {
      Optional<SecretReference> reference = SecretReference.resolve(env, secret.valueFrom());
      if (reference.isEmpty() || reference.get().value().isEmpty()) {
        continue;
      }
      SecretReference ref = reference.get();
      boolean readable = execution.map(role -> !new AssumedRole(role, env.accountId(), "")
          .certainlyDenied(ref.store().action(), ref.arn())).orElse(false);
      if (readable) {
        values.put(secret.name(), ref.value().get());
      }
    }
    return values;
  }
}

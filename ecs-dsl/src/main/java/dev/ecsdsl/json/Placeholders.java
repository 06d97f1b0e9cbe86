package dev.ecsdsl.json;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.FirelensConfiguration;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.model.LogConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds template placeholders left in string values: ECS takes every value as it is, so a file that still
 * holds {@code ${IMAGE}} (envsubst, shell, Terraform), {@code {{ name }}} (Jinja, Go templates, Mustache),
 * {@code <ACCOUNT_ID>} or {@code <your-account-id>} (documentation), {@code #{Name}} (Octopus, Azure DevOps), or
 * only {@code $IMAGE} was not rendered before it went to ECS. Values whose text a program inside the task
 * expands at run time are not searched: a container's {@code command} and {@code entryPoint} and a health
 * check's {@code command} (the shell expands {@code ${VAR}}), and log driver and FireLens {@code options}
 * (Docker log tags are Go templates such as {@code {{.Name}}}).
 */
final class Placeholders {
  private static final int MAX_SCANNED = 10_000;
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "\\$\\{[^{}\\s]{1,100}}"
          + "|\\{\\{[^{}]{1,100}}}"
          + "|#\\{[^{}\\s]{1,100}}"
          + "|<[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*>"
          + "|<[A-Za-z][A-Za-z0-9]*(?:[-_ ][A-Za-z0-9]+)+>");
  private static final Pattern BARE_VARIABLE = Pattern.compile("\\$[A-Z_][A-Z0-9_]*");
  private static final Set<String> RUNTIME_EXPANDED = Set.of(
      ContainerDefinition.class.getSimpleName() + ".command",
      ContainerDefinition.class.getSimpleName() + ".entryPoint",
      HealthCheck.class.getSimpleName() + ".command",
      LogConfiguration.class.getSimpleName() + ".options",
      FirelensConfiguration.class.getSimpleName() + ".options");

  private Placeholders() {}

  /** Whether the values of that member of that model type are searched for placeholders. */
  static boolean searched(Class<?> owner, String member) {
    return !RUNTIME_EXPANDED.contains(owner.getSimpleName() + "." + member);
  }

  /** The placeholders in the value (at most three, each clipped), empty when it holds none. */
  static List<String> find(String value) {
    if (value.length() > MAX_SCANNED) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    if (BARE_VARIABLE.matcher(value).matches()) {
      found.add(value);
      return found;
    }
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find() && found.size() < 3) {
      found.add(Clip.of(m.group()));
    }
    return found;
  }

  /** What sending the placeholder as it is would do, for the member that holds it. */
  static String consequence(String member) {
    if (member.equals("image")) {
      return "so the task would try to pull an image of that name and stop with CannotPullContainerError";
    }
    if (member.endsWith("Arn") || member.equals("valueFrom") || member.equals("credentialsParameter")) {
      return "so ECS would refuse the value as no valid ARN or name";
    }
    if (member.startsWith("subnets") || member.startsWith("securityGroups")) {
      return "so ECS would refuse the value as no valid ID";
    }
    if (member.equals("family") || member.equals("serviceName") || member.equals("cluster")
        || member.equals("taskDefinition") || member.equals("name") || member.equals("containerName")) {
      return "so ECS would take (or refuse) the text as the name";
    }
    return "so the deploy would send the text as it is";
  }
}

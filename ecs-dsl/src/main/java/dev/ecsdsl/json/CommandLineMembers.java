package dev.ecsdsl.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Members of a {@code create-service} request given on the command line instead of in the file, as the AWS
 * CLI takes them: {@code aws ecs create-service --service-name web --cli-input-json file://service.json}. The
 * CLI merges them into the file's request, and a flag wins over the file's member
 * (<a href="https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html">AWS CLI skeletons and
 * input files</a>); reading a service with them does the same.
 *
 * @param serviceName {@code --service-name}
 * @param cluster {@code --cluster}
 * @param taskDefinition {@code --task-definition}
 * @param launchType {@code --launch-type}
 */
public record CommandLineMembers(Optional<String> serviceName, Optional<String> cluster,
    Optional<String> taskDefinition, Optional<String> launchType) {

  private static final CommandLineMembers NONE = new CommandLineMembers(Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty());

  /**
   * Checks that nothing is null.
   *
   * @param serviceName {@code --service-name}
   * @param cluster {@code --cluster}
   * @param taskDefinition {@code --task-definition}
   * @param launchType {@code --launch-type}
   */
  public CommandLineMembers {
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(taskDefinition, "taskDefinition");
    Objects.requireNonNull(launchType, "launchType");
  }

  /** {@return no member given on the command line} */
  public static CommandLineMembers none() {
    return NONE;
  }

  /** {@return the members given, by their name in the request, with the flag that gave each} */
  Map<String, String> members() {
    Map<String, String> members = new LinkedHashMap<>();
    serviceName.ifPresent(v -> members.put("serviceName", v));
    cluster.ifPresent(v -> members.put("cluster", v));
    taskDefinition.ifPresent(v -> members.put("taskDefinition", v));
    launchType.ifPresent(v -> members.put("launchType", v));
    return members;
  }

  /** {@return the flag that gives a member, e.g. {@code --service-name} for {@code serviceName}} */
  static String flag(String member) {
    return switch (member) {
      case "serviceName" -> "--service-name";
      case "taskDefinition" -> "--task-definition";
      case "launchType" -> "--launch-type";
      default -> "--" + member;
    };
  }
}

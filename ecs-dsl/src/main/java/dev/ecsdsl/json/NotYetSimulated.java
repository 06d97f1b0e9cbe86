package dev.ecsdsl.json;

import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one warning per imported file that names the ECS members it holds which the model reads and validation
 * checks, but which neither runtime simulates yet (issue 20: Service Connect's access logs, TLS and test traffic
 * rules, EBS task volumes, Availability Zone rebalancing). The runtimes run the task definition or service without
 * them. When the engine simulates a member, it leaves this list (Service Connect's routing and Managed Instances did).
 */
final class NotYetSimulated {
  private NotYetSimulated() {}

  /** The warning for an imported value, if it holds any such member. */
  static Optional<Problem> warning(Object value) {
    List<String> members = value instanceof Service s ? of(s)
        : value instanceof TaskDefinition t ? of(t) : List.of();
    if (members.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Problem.warning(ProblemPath.root(), JsonRules.NOT_YET_SIMULATED,
        "read and validated, but not yet simulated by the ecs-dsl runtimes: " + String.join(", ", members)
            + (members.size() == 1 ? " (the runtimes ignore it)" : " (the runtimes ignore them)"),
        "nothing to do: validation checks them as ECS does; the simulation of them is still to come"));
  }

  private static List<String> of(Service service) {
    List<String> members = new ArrayList<>();
    service.serviceConnectConfiguration().ifPresent(c -> {
      // Service Connect itself is simulated (docs/SERVICE-CONNECT.md); these parts of it are not yet.
      c.accessLogConfiguration().ifPresent(a -> members.add("serviceConnectConfiguration.accessLogConfiguration"));
      if (c.services().stream().anyMatch(s -> s.tls().isPresent())) {
        members.add("serviceConnectConfiguration.services[].tls");
      }
      if (c.services().stream().flatMap(s -> s.clientAliases().stream())
          .anyMatch(a -> a.testTrafficRules().isPresent())) {
        members.add("serviceConnectConfiguration.services[].clientAliases[].testTrafficRules");
      }
    });
    if (!service.volumeConfigurations().isEmpty()) {
      members.add("volumeConfigurations");
    }
    service.availabilityZoneRebalancing().ifPresent(c -> members.add("availabilityZoneRebalancing"));
    return members;
  }

  private static List<String> of(TaskDefinition taskDefinition) {
    List<String> members = new ArrayList<>();
    if (taskDefinition.volumes().stream().anyMatch(v -> v.configuredAtLaunch().orElse(false))) {
      members.add("volumes[].configuredAtLaunch");
    }
    return members;
  }
}

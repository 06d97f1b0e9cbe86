package dev.ecsdsl.inmemory.control;

import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.RegisteredTaskDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which task-definition revisions are deregistered (INACTIVE), and what a reference designates given that:
 * {@code family:revision} and ARNs name one revision whatever its status, a bare family its latest ACTIVE
 * revision, as in ECS.
 */
final class TaskDefinitionStatuses {
  private final Set<String> inactive = new HashSet<>();

  /** The revision a reference designates, with its status. */
  Optional<RegisteredTaskDefinition> find(Environment environment, String reference) {
    String name = Arns.name(reference);
    int colon = name.lastIndexOf(':');
    if (colon >= 0) {
      return environment.taskDefinition(reference).map(d -> registered(environment, d.family(),
          Integer.parseInt(name.substring(colon + 1))));
    }
    List<TaskDefinition> revisions = environment.revisions(name);
    for (int revision = revisions.size(); revision >= 1; revision--) {
      RegisteredTaskDefinition candidate = registered(environment, name, revision);
      if (candidate.isActive()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The ACTIVE revision a reference designates, for a new task, service or deployment.
   *
   * @throws EcsException ClientException when there is none, or when it is INACTIVE
   */
  TaskDefinition requireActive(Environment environment, String reference) {
    return requireActiveRevision(environment, reference).taskDefinition();
  }

  /** As {@link #requireActive}, with the revision's ARN (identical revisions of a family stay apart). */
  RegisteredTaskDefinition requireActiveRevision(Environment environment, String reference) {
    RegisteredTaskDefinition found = find(environment, reference).orElseThrow(() ->
        EcsException.client("Unable to describe task definition " + reference + "."));
    if (!found.isActive()) {
      throw EcsException.client("TaskDefinition is inactive");
    }
    return found;
  }

  /**
   * DeregisterTaskDefinition: the revision becomes INACTIVE (again, if it was).
   *
   * @throws EcsException InvalidParameterException without a revision, ClientException when not found
   */
  RegisteredTaskDefinition deregister(Environment environment, String reference) {
    if (Arns.name(reference).lastIndexOf(':') < 0) {
      throw EcsException.invalidParameter("The specified task definition must include a revision"
          + " (family:revision or the full ARN): " + reference);
    }
    RegisteredTaskDefinition found = find(environment, reference).orElseThrow(() ->
        EcsException.client("The specified task definition does not exist."));
    inactive.add(found.taskDefinitionArn());
    return registered(environment, found.taskDefinition().family(), found.revision());
  }

  private RegisteredTaskDefinition registered(Environment environment, String family, int revision) {
    String arn = arn(environment, family, revision);
    return new RegisteredTaskDefinition(arn, revision, environment.revisions(family).get(revision - 1),
        inactive.contains(arn) ? dev.ecsdsl.runtime.TaskDefinitionStatus.INACTIVE
            : dev.ecsdsl.runtime.TaskDefinitionStatus.ACTIVE);
  }

  static String arn(Environment environment, String family, int revision) {
    return "arn:aws:ecs:" + environment.region() + ":" + environment.accountId() + ":task-definition/" + family
        + ":" + revision;
  }
}

package dev.ecsdsl.control.taskdefinitions;

import dev.ecsdsl.control.ids.AccountArns;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.ClientException;
import dev.ecsdsl.runtime.EcsException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task definition revisions of a control plane: one record per revision (family, number, definition,
 * status, registration time), in registration order, and the only source of their ARNs. Two registrations of
 * the same definition are two revisions, as in ECS. What a reference designates: {@code family:revision} and
 * ARNs name one revision whatever its status, a bare family its latest ACTIVE revision.
 */
public final class TaskDefinitionRegistry {
  private final Map<String, List<TaskDefinitionRevision>> byFamily = new LinkedHashMap<>();
  private final List<TaskDefinitionRevision> inOrder = new ArrayList<>();
  private AccountArns arns;

  /** An empty registry; {@link #deploy} gives it its account and the description's revisions. */
  public TaskDefinitionRegistry() {}

  /**
   * Registers a description's task definitions, in order: repeated families are successive revisions.
   *
   * @param accountArns the account and region the revisions' ARNs name
   * @param definitions the description's task definitions, in order
   * @param at when they are registered
   */
  public void deploy(AccountArns accountArns, List<TaskDefinition> definitions, Instant at) {
    this.arns = accountArns;
    definitions.forEach(d -> register(d, at));
  }

  /**
   * RegisterTaskDefinition: the family's next revision (validation is the caller's).
   *
   * @param definition the definition
   * @param at when it is registered
   * @return the new revision
   */
  public TaskDefinitionRevision register(TaskDefinition definition, Instant at) {
    List<TaskDefinitionRevision> revisions = byFamily.computeIfAbsent(definition.family(), f -> new ArrayList<>());
    int number = revisions.size() + 1;
    TaskDefinitionRevision revision = new TaskDefinitionRevision(definition.family(), number, definition,
        arns.taskDefinition(definition.family(), number), at);
    revisions.add(revision);
    inOrder.add(revision);
    return revision;
  }

  /**
   * {@return the revision a reference designates, whatever its status; a bare family designates its latest
   * ACTIVE revision}
   *
   * @param reference {@code family}, {@code family:revision} or an ARN
   */
  public Optional<TaskDefinitionRevision> find(String reference) {
    String name = Arns.name(reference);
    int colon = name.lastIndexOf(':');
    if (colon < 0) {
      List<TaskDefinitionRevision> revisions = byFamily.getOrDefault(name, List.of());
      for (int i = revisions.size() - 1; i >= 0; i--) {
        if (revisions.get(i).isActive()) {
          return Optional.of(revisions.get(i));
        }
      }
      return Optional.empty();
    }
    List<TaskDefinitionRevision> revisions = byFamily.getOrDefault(name.substring(0, colon), List.of());
    try {
      int number = Integer.parseInt(name.substring(colon + 1));
      return number >= 1 && number <= revisions.size() ? Optional.of(revisions.get(number - 1)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The ACTIVE revision a reference designates, for a new task, service or deployment.
   *
   * @param reference {@code family}, {@code family:revision} or an ARN
   * @return the revision
   * @throws ClientException when there is none, or when it is INACTIVE ("TaskDefinition is inactive")
   */
  public TaskDefinitionRevision requireActive(String reference) {
    TaskDefinitionRevision found = find(reference).orElseThrow(() ->
        EcsException.client("Unable to describe task definition " + reference + "."));
    if (!found.isActive()) {
      throw EcsException.client("TaskDefinition is inactive");
    }
    return found;
  }

  /**
   * DescribeTaskDefinition.
   *
   * @param reference {@code family}, {@code family:revision} or an ARN
   * @return the revision
   * @throws ClientException when there is none ("Unable to describe task definition.")
   */
  public TaskDefinitionRevision describe(String reference) {
    return find(reference).orElseThrow(() -> EcsException.client("Unable to describe task definition."));
  }

  /**
   * DeregisterTaskDefinition: the revision becomes INACTIVE (again, if it was).
   *
   * @param reference {@code family:revision} or an ARN
   * @param at when
   * @return the revision, now INACTIVE
   * @throws EcsException InvalidParameterException without a revision, ClientException when not found
   */
  public TaskDefinitionRevision deregister(String reference, Instant at) {
    if (Arns.name(reference).lastIndexOf(':') < 0) {
      throw EcsException.invalidParameter("The specified task definition must include a revision"
          + " (family:revision or the full ARN): " + reference);
    }
    TaskDefinitionRevision found = find(reference).orElseThrow(() ->
        EcsException.client("The specified task definition does not exist."));
    found.deregister(at);
    return found;
  }

  /**
   * DeleteTaskDefinitions for one revision: INACTIVE becomes DELETE_IN_PROGRESS (again, if it was).
   *
   * @param reference {@code family:revision} or an ARN
   * @return the revision, now DELETE_IN_PROGRESS
   * @throws EcsException InvalidParameterException without a revision; ClientException when it does not exist or
   *     is still ACTIVE
   */
  public TaskDefinitionRevision delete(String reference) {
    if (Arns.name(reference).lastIndexOf(':') < 0) {
      throw EcsException.invalidParameter("The specified task definition must include a revision"
          + " (family:revision or the full ARN): " + reference);
    }
    TaskDefinitionRevision found = find(reference).orElseThrow(() ->
        EcsException.client("The specified task definition does not exist."));
    if (found.isActive()) {
      throw EcsException.client("The specified task definition is still in ACTIVE status. Please deregister the"
          + " target and try again.");
    }
    found.delete();
    return found;
  }

  /** {@return every revision, ACTIVE or not, in registration order} */
  public List<TaskDefinitionRevision> revisions() {
    return List.copyOf(inOrder);
  }

  /** {@return every revision's definition in registration order: what a description lists as its task definitions} */
  public List<TaskDefinition> definitions() {
    return inOrder.stream().map(TaskDefinitionRevision::definition).toList();
  }
}

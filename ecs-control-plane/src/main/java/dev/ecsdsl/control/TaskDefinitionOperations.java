package dev.ecsdsl.control;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.tags.ResourceTags;
import dev.ecsdsl.control.taskdefinitions.TaskDefinitionRegistry;
import dev.ecsdsl.control.taskdefinitions.TaskDefinitionRevision;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.RegisteredTaskDefinition;
import dev.ecsdsl.validation.Validator;
import java.util.List;
import java.util.Optional;

/**
 * ECS's task definition operations: RegisterTaskDefinition, DescribeTaskDefinition, DeregisterTaskDefinition,
 * DeleteTaskDefinitions and ListTaskDefinitions, over the {@link TaskDefinitionRegistry}.
 */
public final class TaskDefinitionOperations {
  private final DeployedEnvironment environment;
  private final TaskDefinitionRegistry registry;
  private final ResourceTags tags;
  private final EventLoop loop;

  TaskDefinitionOperations(DeployedEnvironment environment, TaskDefinitionRegistry registry, ResourceTags tags,
      EventLoop loop) {
    this.environment = environment;
    this.registry = registry;
    this.tags = tags;
    this.loop = loop;
  }

  /**
   * RegisterTaskDefinition: the definition becomes the family's next revision (validated first; a bad one
   * changes nothing), even when it equals an earlier one, as in ECS.
   *
   * @param definition the task definition to register
   * @return the new revision's ARN
   */
  public String registerTaskDefinition(TaskDefinition definition) {
    environment.require();
    Validator.validate(definition).throwIfInvalid("task definition " + definition.family());
    ResourceTags.check(definition.tags());
    TaskDefinitionRevision revision = registry.register(definition, loop.now());
    environment.revisionsChanged();
    tags.tag(revision.arn(), definition.tags());
    return revision.arn();
  }

  /**
   * DescribeTaskDefinition: the definition and its ARN.
   *
   * @param reference the task definition's ARN, {@code family:revision}, or family (its latest ACTIVE revision)
   * @return the revision
   */
  public RegisteredTaskDefinition describeTaskDefinition(String reference) {
    environment.require();
    return registry.describe(reference).snapshot();
  }

  /**
   * DeregisterTaskDefinition: the revision becomes INACTIVE.
   *
   * @param reference the task definition's ARN or {@code family:revision}
   * @return the revision, now INACTIVE
   */
  public RegisteredTaskDefinition deregisterTaskDefinition(String reference) {
    environment.require();
    RegisteredTaskDefinition deregistered = registry.deregister(reference, loop.now()).snapshot();
    environment.revisionsChanged();
    return deregistered;
  }

  /**
   * DeleteTaskDefinitions for one revision: INACTIVE becomes DELETE_IN_PROGRESS.
   *
   * @param reference the task definition's ARN or {@code family:revision}
   * @return the revision, now DELETE_IN_PROGRESS
   */
  public RegisteredTaskDefinition deleteTaskDefinition(String reference) {
    environment.require();
    RegisteredTaskDefinition deleted = registry.delete(reference).snapshot();
    environment.revisionsChanged();
    return deleted;
  }

  /**
   * ListTaskDefinitions: the ARNs of every revision, ACTIVE or INACTIVE (of one family, when given), oldest
   * first.
   *
   * @param family only this family's revisions, when present
   * @return the revisions' ARNs, oldest first
   */
  public List<String> listTaskDefinitions(Optional<String> family) {
    environment.require();
    return registry.revisions().stream().filter(r -> family.map(r.family()::equals).orElse(true))
        .map(TaskDefinitionRevision::arn).toList();
  }
}

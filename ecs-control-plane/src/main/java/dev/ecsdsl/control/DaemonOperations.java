package dev.ecsdsl.control;

import dev.ecsdsl.control.daemons.DaemonTaskDefinitionQuery;
import dev.ecsdsl.control.daemons.DaemonTaskDefinitionRevision;
import dev.ecsdsl.control.daemons.DaemonTaskDefinitions;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.tags.ResourceTags;
import dev.ecsdsl.model.DaemonTaskDefinition;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.Validator;
import java.util.List;

/**
 * ECS Managed Daemons' daemon task definition operations (API reference; docs/SERVICE-CONNECT.md §5):
 * RegisterDaemonTaskDefinition, DescribeDaemonTaskDefinition, ListDaemonTaskDefinitions and
 * DeleteDaemonTaskDefinition, over {@link DaemonTaskDefinitions}. Daemons themselves (CreateDaemon and the rest) are
 * not simulated yet.
 */
public final class DaemonOperations {
  private final DeployedEnvironment environment;
  private final DaemonTaskDefinitions definitions;
  private final ResourceTags tags;
  private final EventLoop loop;

  DaemonOperations(DeployedEnvironment environment, DaemonTaskDefinitions definitions, ResourceTags tags,
      EventLoop loop) {
    this.environment = environment;
    this.definitions = definitions;
    this.tags = tags;
    this.loop = loop;
  }

  /**
   * RegisterDaemonTaskDefinition: the definition becomes its family's next revision, ACTIVE. It is validated first as
   * the task definition it stands for (family name, containers, CPU and memory, roles, volumes): a bad one changes
   * nothing.
   *
   * @param definition the daemon task definition
   * @return the new revision
   * @throws dev.ecsdsl.validation.ValidationException when the definition has errors
   */
  public DaemonTaskDefinitionRevision registerDaemonTaskDefinition(DaemonTaskDefinition definition) {
    environment.require();
    Validator.validate(asTaskDefinition(definition)).throwIfInvalid("daemon task definition " + definition.family());
    ResourceTags.check(definition.tags());
    DaemonTaskDefinitionRevision revision = definitions.register(definition, loop.now(),
        "arn:aws:iam::" + environment.get().accountId() + ":root");
    tags.tag(revision.daemonTaskDefinitionArn(), definition.tags());
    return revision;
  }

  /**
   * DescribeDaemonTaskDefinition.
   *
   * @param reference an ARN, {@code family:revision}, or a family (its last ACTIVE revision)
   * @return the revision
   * @throws dev.ecsdsl.runtime.EcsException ClientException when there is no such revision
   */
  public DaemonTaskDefinitionRevision describeDaemonTaskDefinition(String reference) {
    environment.require();
    return definitions.require(reference);
  }

  /**
   * ListDaemonTaskDefinitions.
   *
   * @param query the filters and order
   * @return the revisions, in the query's order
   */
  public List<DaemonTaskDefinitionRevision> listDaemonTaskDefinitions(DaemonTaskDefinitionQuery query) {
    environment.require();
    return definitions.list(query);
  }

  /**
   * DeleteDaemonTaskDefinition: "A daemon task definition must be in an ACTIVE state to be deleted"; it becomes
   * DELETE_IN_PROGRESS (no daemon can be created with it any more). ECS does not document when it becomes DELETED;
   * the simulation leaves it DELETE_IN_PROGRESS.
   *
   * @param reference an ARN or {@code family:revision}
   * @return the revision, now DELETE_IN_PROGRESS
   * @throws dev.ecsdsl.runtime.EcsException ClientException when there is no such revision or it is not ACTIVE
   */
  public DaemonTaskDefinitionRevision deleteDaemonTaskDefinition(String reference) {
    environment.require();
    return definitions.delete(reference, loop.now());
  }

  /** The task definition a daemon task definition stands for: what a daemon task of it runs. */
  static TaskDefinition asTaskDefinition(DaemonTaskDefinition definition) {
    TaskDefinition.Builder task = TaskDefinition.builder().family(definition.family())
        .containerDefinitions(definition.containerDefinitions()).volumes(definition.volumes());
    definition.taskRoleArn().ifPresent(task::taskRoleArn);
    definition.executionRoleArn().ifPresent(task::executionRoleArn);
    definition.cpu().ifPresent(task::cpu);
    definition.memory().ifPresent(task::memory);
    return task.build();
  }
}

package dev.ecsdsl.control;

import dev.ecsdsl.control.clusters.Clusters;
import dev.ecsdsl.control.daemons.DaemonTaskDefinitionRevision;
import dev.ecsdsl.control.daemons.DaemonTaskDefinitions;
import dev.ecsdsl.control.tags.ResourceTags;
import dev.ecsdsl.control.tags.TaggableArn;
import dev.ecsdsl.control.taskdefinitions.TaskDefinitionRegistry;
import dev.ecsdsl.control.taskdefinitions.TaskDefinitionRevision;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.control.tasks.TaskStore;
import dev.ecsdsl.model.Tag;
import java.util.List;

/** ECS's tagging operations: TagResource, UntagResource and ListTagsForResource. */
public final class TagOperations {
  private final DeployedEnvironment environment;
  private final Clusters clusters;
  private final TaskStore tasks;
  private final TaskDefinitionRegistry taskDefinitions;
  private final DaemonTaskDefinitions daemonTaskDefinitions;
  private final ServiceOperations services;
  private final ResourceTags tags;

  TagOperations(DeployedEnvironment environment, Clusters clusters, TaskStore tasks,
      TaskDefinitionRegistry taskDefinitions, DaemonTaskDefinitions daemonTaskDefinitions, ServiceOperations services,
      ResourceTags tags) {
    this.environment = environment;
    this.clusters = clusters;
    this.tasks = tasks;
    this.taskDefinitions = taskDefinitions;
    this.daemonTaskDefinitions = daemonTaskDefinitions;
    this.services = services;
    this.tags = tags;
  }

  /**
   * TagResource on a cluster, service, task definition revision, daemon task definition revision, task or container
   * instance.
   *
   * @param resourceArn the ARN of the resource
   * @param added the tags to add (a tag with a key already there replaces it)
   */
  public void tagResource(String resourceArn, List<Tag> added) {
    tags.tag(taggable(resourceArn), added);
  }

  /**
   * UntagResource.
   *
   * @param resourceArn the ARN of the resource
   * @param keys the keys of the tags to remove
   */
  public void untagResource(String resourceArn, List<String> keys) {
    tags.untag(taggable(resourceArn), keys);
  }

  /**
   * ListTagsForResource.
   *
   * @param resourceArn the ARN of the resource
   * @return the resource's tags
   */
  public List<Tag> listTagsForResource(String resourceArn) {
    return tags.list(taggable(resourceArn));
  }

  /** The ARN under which a resource's tags are kept: the resource's own, so that any region in the ARN works. */
  private String taggable(String resourceArn) {
    environment.require();
    TaggableArn arn = TaggableArn.parse(resourceArn);
    return switch (arn.type()) {
      case "cluster" -> clusters.require(arn.name()).arn();
      case "service" -> services.describeService(arn.cluster(), arn.name()).serviceArn();
      case "task" -> tasks.find(clusters.require(arn.cluster()), arn.name()).map(TaskRecord::arn)
          .orElseThrow(arn::notFound);
      case "task-definition" -> taskDefinitions.find(arn.name()).filter(d -> arn.name().contains(":"))
          .map(TaskDefinitionRevision::arn).orElseThrow(arn::notFound);
      case "container-instance" -> clusters.require(arn.cluster()).instance(arn.name())
          .filter(dev.ecsdsl.control.clusters.InstanceRecord::isRegistered)
          .map(dev.ecsdsl.control.clusters.InstanceRecord::arn).orElseThrow(arn::notFound);
      case "daemon-task-definition" -> daemonTaskDefinitions.find(arn.name()).filter(d -> arn.name().contains(":"))
          .map(DaemonTaskDefinitionRevision::daemonTaskDefinitionArn).orElseThrow(arn::notFound);
      default -> throw arn.notFound();
    };
  }
}

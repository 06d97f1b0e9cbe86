package dev.ecsdsl.control.tasks;

import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.runtime.Attachment;
import dev.ecsdsl.runtime.AttachmentStatus;
import dev.ecsdsl.runtime.Container;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.List;

/** Tasks as DescribeTasks shows them: immutable snapshots of the runtime API, made from the task records. */
public final class TaskSnapshots {
  private TaskSnapshots() {}

  /**
   * {@return the task as DescribeTasks shows it now}
   *
   * @param task the task
   */
  public static Task task(TaskRecord task) {
    Task.Builder builder = Task.builder()
        .taskArn(task.arn())
        .clusterArn(task.cluster.arn())
        .taskDefinitionArn(task.launch.taskDefinitionArn())
        .containerInstanceArn(task.instance.map(InstanceRecord::arn))
        .ec2InstanceId(task.instance.map(InstanceRecord::ec2InstanceId))
        .launchType(task.launchType)
        .capacityProviderName(task.capacityProvider)
        .availabilityZone(task.launch.availabilityZone())
        .lastStatus(task.lastStatus)
        .desiredStatus(task.desiredStatus)
        .group(task.group)
        .startedBy(task.startedBy)
        .cpu(task.demand().cpu())
        .memory(task.demand().memory())
        .healthStatus(task.health())
        .stopCode(task.stopCode)
        .stoppedReason(task.stoppedReason)
        .createdAt(task.createdAt)
        .pullStartedAt(task.pullStartedAt)
        .pullStoppedAt(task.pullStoppedAt)
        .startedAt(task.startedAt)
        .stoppingAt(task.stoppingAt)
        .executionStoppedAt(task.executionStoppedAt)
        .stoppedAt(task.stoppedAt);
    for (ContainerRecord c : task.containers.values()) {
      builder.addContainer(Container.builder()
          .name(c.name())
          .image(c.definition.image())
          .lastStatus(dev.ecsdsl.runtime.ContainerStatus.fromValue(c.lastStatus()))
          .exitCode(c.exitCode)
          .reason(c.reason)
          .healthStatus(c.health)
          .essential(c.essential())
          .networkBindings(c.isRunning() ? c.networkBindings : List.of())
          .build());
    }
    task.eni().ifPresent(eni -> builder.addAttachment(Attachment.builder()
        .networkInterfaceId(eni.networkInterfaceId())
        .subnetId(eni.subnetId())
        .privateIPv4Address(eni.privateIpv4Address())
        .status(eniStatus(task.lastStatus))
        .build()));
    return builder.build();
  }

  private static AttachmentStatus eniStatus(TaskStatus status) {
    return switch (status) {
      case PROVISIONING -> AttachmentStatus.ATTACHING;
      case DEPROVISIONING -> AttachmentStatus.DETACHING;
      case STOPPED -> AttachmentStatus.DELETED;
      default -> AttachmentStatus.ATTACHED;
    };
  }
}

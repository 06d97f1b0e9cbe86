package dev.ecsdsl.control.tasks;

import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.control.placement.Placed;
import dev.ecsdsl.model.LaunchType;
import java.util.List;
import java.util.Optional;

/**
 * A task about to be made: where it was placed and what it runs.
 *
 * @param cluster the cluster
 * @param launch what the agent is told
 * @param launchType EC2 or FARGATE
 * @param capacityProvider the capacity provider it runs on, if any
 * @param instance its container instance (EC2, once placed)
 * @param group its task group
 * @param startedBy who started it
 * @param owner the service deployment it belongs to, if any
 * @param placement where placement put it
 * @param securityGroups the security groups of its ENI
 */
public record NewTask(ClusterRecord cluster, TaskLaunch launch, LaunchType launchType, Optional<String> capacityProvider,
    Optional<InstanceRecord> instance, String group, Optional<String> startedBy, Optional<TaskOwner> owner,
    Placed placement, List<String> securityGroups) {}

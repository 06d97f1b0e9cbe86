package dev.ecsdsl.control.services;

import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.control.tasks.TaskRecord;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a service's tasks call for now, decided by its scheduling strategy: tasks to place for a rollout (a count
 * for a replica service, the instances for a daemon), tasks to stop, looks again when tasks start to count toward
 * the minimum healthy percent, and a daemon's desired count.
 *
 * @param rollout the rollout the new tasks belong to (the PRIMARY one)
 * @param launches how many tasks to place (replica)
 * @param launchOn the instances to place one task on each (daemon)
 * @param desiredCount the service's desired count from now on (daemon: its eligible instances)
 * @param minimumTimers tasks that will count toward the minimum healthy percent later, with when
 * @param stops tasks to stop, in order
 */
record ScalePlan(RevisionRollout rollout, int launches, List<InstanceRecord> launchOn, OptionalInt desiredCount,
    List<PlanApplier.Timer> minimumTimers, List<TaskRecord> stops) {}

package dev.ecsdsl.control.services;

/**
 * How many tasks of one service revision there are (API reference, {@code ServiceRevisionSummary}): the tasks the
 * scheduler keeps for it (requested), those RUNNING, and those on their way (PROVISIONING, PENDING, ACTIVATING).
 *
 * @param requestedTaskCount tasks the scheduler keeps for the revision
 * @param runningTaskCount tasks RUNNING
 * @param pendingTaskCount tasks not yet RUNNING
 */
public record RevisionCounts(int requestedTaskCount, int runningTaskCount, int pendingTaskCount) {}

package dev.ecsdsl.control;

import java.time.Instant;
import java.util.Optional;

/**
 * One EC2 instance of a run and when it ran: from its registration to its termination (or on).
 *
 * @param cluster the cluster it registered with
 * @param ec2InstanceId its EC2 instance id
 * @param instanceGroup the instance group (Auto Scaling group) it belongs to
 * @param instanceType its instance type, e.g. {@code m5.large}
 * @param launchedAt when it registered (the simulation launches and registers an instance at once)
 * @param terminatedAt when it was terminated; empty while it runs
 */
public record InstanceLifetime(String cluster, String ec2InstanceId, String instanceGroup, String instanceType,
    Instant launchedAt, Optional<Instant> terminatedAt) {}

package dev.ecsdsl.runtime;

import java.time.Instant;

/**
 * One change of a service's desired count by Application Auto Scaling, as DescribeScalingActivities
 * reports it.
 *
 * @param startTime when the activity happened
 * @param policyName the policy (or scheduled action, or "scalable target" for a min/max clamp) behind it
 * @param fromCount the desired count before
 * @param toCount the desired count after
 * @param description what it did, e.g. {@code Setting desired count to 4.}
 * @param cause why, e.g. the alarm and the metric values that triggered the policy
 */
public record ScalingActivity(Instant startTime, String policyName, int fromCount, int toCount,
    String description, String cause) {}

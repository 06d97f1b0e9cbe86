package dev.ecsdsl.control.autoscaling;

/**
 * What one scaling policy asks for at one evaluation: a new desired count and why.
 *
 * @param policyName the policy
 * @param capacity the desired count it asks for (before the scalable target's min/max)
 * @param cause the alarm and metric values behind it, for the scaling activity
 */
record ScalingProposal(String policyName, int capacity, String cause) {}

package dev.ecsdsl.inmemory.cost;

import java.time.Duration;
import java.time.Instant;

/**
 * AWS's per-second billing with a one-minute minimum, which EC2 Linux on-demand instances ("pay for compute
 * capacity by the second, with a minimum of 60 seconds", Amazon EC2 On-Demand pricing), EBS volumes ("billed in
 * per-second increments, with a 60-second minimum", Amazon EBS pricing) and Fargate tasks ("rounded up to the
 * nearest second. A minimum charge of 1 minute applies", AWS Fargate pricing) share.
 */
final class Billing {
  static final long MINIMUM_SECONDS = 60;
  static final double SECONDS_PER_HOUR = 3600;
  /** The month of GB-month prices: 730 hours, as the AWS Pricing Calculator counts it. */
  static final double SECONDS_PER_MONTH = 730 * SECONDS_PER_HOUR;

  private Billing() {}

  /** The seconds billed for something that ran from {@code start} to {@code end}. */
  static long seconds(Instant start, Instant end) {
    Duration ran = Duration.between(start, end);
    if (ran.isNegative()) {
      throw new IllegalArgumentException("ends " + end + " before it starts " + start);
    }
    long seconds = ran.getSeconds() + (ran.getNano() > 0 ? 1 : 0);
    return Math.max(MINIMUM_SECONDS, seconds);
  }
}

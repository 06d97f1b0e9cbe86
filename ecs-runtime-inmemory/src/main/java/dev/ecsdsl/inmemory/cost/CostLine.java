package dev.ecsdsl.inmemory.cost;

/**
 * One row of a {@link CostReport}: what was billed, how much of it, and what it costs.
 *
 * @param category EC2, EBS, FARGATE or FARGATE_SPOT
 * @param item what the row bills, e.g. {@code m5.large on-demand} or {@code web 0.25 vCPU 0.5 GB x86}
 * @param count instances, volumes or tasks
 * @param usage the billed usage in words, e.g. {@code 72.0000 instance-hours}
 * @param usd the cost in USD
 */
public record CostLine(Category category, String item, int count, String usage, double usd) {

  /** What kind of charge a line is. */
  public enum Category {
    /** EC2 instance-hours. */
    EC2,
    /** EBS root volumes of the EC2 instances. */
    EBS,
    /** Fargate vCPU-hours and GB-hours. */
    FARGATE,
    /** Fargate Spot vCPU-hours and GB-hours, discounted. */
    FARGATE_SPOT
  }
}

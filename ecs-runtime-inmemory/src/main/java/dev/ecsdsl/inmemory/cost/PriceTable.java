package dev.ecsdsl.inmemory.cost;

import dev.ecsdsl.model.InstanceType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Prices in USD for a {@link CostReport}. {@link #usEast1()} holds us-east-1 on-demand list prices as published
 * on the AWS pricing pages in 2026 (the Fargate figures as quoted for us-east-1 in June 2026):
 *
 * <ul>
 *   <li>EC2 on-demand Linux, per instance-hour: each {@link InstanceType#onDemandHourlyUsd()} of the model's
 *       built-in instance types ({@code InstanceTypes}), e.g. m5.large $0.096 (aws.amazon.com/ec2/pricing/on-demand);
 *   <li>Fargate, Linux/x86: $0.04048 per vCPU-hour and $0.004445 per GB-hour; Linux/ARM: $0.03238 per vCPU-hour and
 *       $0.00356 per GB-hour; ephemeral storage beyond the 20 GB included: $0.000111 per GB-hour
 *       (aws.amazon.com/fargate/pricing);
 *   <li>Fargate Spot: "up to a 70% discount off the Fargate price"; the real Spot price varies, so 70% is the best
 *       case — set the discount you see with {@link #withFargateSpotDiscount};
 *   <li>EBS gp3: $0.08 per GB-month (aws.amazon.com/ebs/pricing), for a root volume of 30 GiB per instance, the
 *       size the Amazon ECS-optimized Amazon Linux 2 AMI ships with ("Storage configuration", Amazon ECS Developer
 *       Guide); a month is 730 hours, as the AWS Pricing Calculator counts it.
 * </ul>
 *
 * <p>EC2 Spot instances are priced at the on-demand price unless given their own with {@link #withEc2Hourly}.
 * Immutable: every {@code with…} returns a new table.
 */
public final class PriceTable {
  private final Values values;

  /** The figures of a table, mutable only while a {@code with…} call makes the next table. */
  private static final class Values implements Cloneable {
    Map<String, Double> ec2Hourly = Map.of();
    double fargateVcpuHour = 0.04048;
    double fargateGbHour = 0.004445;
    double fargateArmVcpuHour = 0.03238;
    double fargateArmGbHour = 0.00356;
    double ephemeralStorageGbHour = 0.000111;
    double fargateSpotDiscount = 0.70;
    double ebsGbMonth = 0.08;
    int rootVolumeGiB = 30;

    @Override
    protected Values clone() {
      try {
        return (Values) super.clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private PriceTable(Values values) {
    nonNegative("Fargate vCPU-hour", values.fargateVcpuHour);
    nonNegative("Fargate GB-hour", values.fargateGbHour);
    nonNegative("Fargate ARM vCPU-hour", values.fargateArmVcpuHour);
    nonNegative("Fargate ARM GB-hour", values.fargateArmGbHour);
    nonNegative("ephemeral storage GB-hour", values.ephemeralStorageGbHour);
    nonNegative("EBS GB-month", values.ebsGbMonth);
    values.ec2Hourly.forEach((type, usd) -> nonNegative("EC2 " + type + " hour", usd));
    if (!(values.fargateSpotDiscount >= 0 && values.fargateSpotDiscount < 1)) {
      throw new IllegalArgumentException("the Fargate Spot discount is a fraction in [0, 1), e.g. 0.7 for 70%, got "
          + values.fargateSpotDiscount);
    }
    if (values.rootVolumeGiB < 0) {
      throw new IllegalArgumentException("a root volume size is 0 GiB or more, got " + values.rootVolumeGiB);
    }
    this.values = values;
  }

  /**
   * us-east-1 on-demand list prices (see the class comment for each figure and its page).
   *
   * @return the price table
   */
  public static PriceTable usEast1() {
    return new PriceTable(new Values());
  }

  private PriceTable with(Consumer<Values> change) {
    Values next = values.clone();
    change.accept(next);
    return new PriceTable(next);
  }

  /**
   * The price of an hour of an instance type: its override, else the instance type's own on-demand price.
   *
   * @param type the instance type, e.g. {@code m5.large}
   * @return USD per hour
   */
  public double ec2Hourly(InstanceType type) {
    return Optional.ofNullable(values.ec2Hourly.get(type.name())).orElse(type.onDemandHourlyUsd());
  }

  /**
   * Overrides the hourly price of one instance type (e.g. a Spot price, a Savings Plan rate, another region).
   *
   * @param instanceType the instance type, e.g. {@code m5.large}
   * @param usdPerHour its price in USD per hour
   * @return a copy with that price
   */
  public PriceTable withEc2Hourly(String instanceType, double usdPerHour) {
    Map<String, Double> prices = new LinkedHashMap<>(values.ec2Hourly);
    prices.put(instanceType, usdPerHour);
    return with(v -> v.ec2Hourly = Map.copyOf(prices));
  }

  /**
   * Fargate Linux/x86 prices per vCPU-hour and GB-hour.
   *
   * @param usdPerVcpuHour USD per vCPU-hour
   * @param usdPerGbHour USD per GB-hour of memory
   * @return a copy with those prices
   */
  public PriceTable withFargate(double usdPerVcpuHour, double usdPerGbHour) {
    return with(v -> {
      v.fargateVcpuHour = usdPerVcpuHour;
      v.fargateGbHour = usdPerGbHour;
    });
  }

  /**
   * Fargate Linux/ARM prices per vCPU-hour and GB-hour.
   *
   * @param usdPerVcpuHour USD per vCPU-hour
   * @param usdPerGbHour USD per GB-hour of memory
   * @return a copy with those prices
   */
  public PriceTable withFargateArm(double usdPerVcpuHour, double usdPerGbHour) {
    return with(v -> {
      v.fargateArmVcpuHour = usdPerVcpuHour;
      v.fargateArmGbHour = usdPerGbHour;
    });
  }

  /**
   * The Fargate Spot discount as a fraction of the Fargate price (0.7 for 70% off).
   *
   * @param fraction the discount, from 0 to 1
   * @return a copy with that discount
   */
  public PriceTable withFargateSpotDiscount(double fraction) {
    return with(v -> v.fargateSpotDiscount = fraction);
  }

  /**
   * The EBS price per GB-month and the root volume size of every instance (0 GiB leaves EBS out).
   *
   * @param usdPerGbMonth USD per GB-month
   * @param rootVolumeGiB the root volume size in GiB
   * @return a copy with those figures
   */
  public PriceTable withEbs(double usdPerGbMonth, int rootVolumeGiB) {
    return with(v -> {
      v.ebsGbMonth = usdPerGbMonth;
      v.rootVolumeGiB = rootVolumeGiB;
    });
  }

  /**
   * Fargate price per vCPU-hour, by CPU architecture.
   *
   * @param arm true for ARM64, false for x86
   * @return USD per vCPU-hour
   */
  public double fargateVcpuHour(boolean arm) {
    return arm ? values.fargateArmVcpuHour : values.fargateVcpuHour;
  }

  /**
   * Fargate price per GB-hour of memory, by CPU architecture.
   *
   * @param arm true for ARM64, false for x86
   * @return USD per GB-hour
   */
  public double fargateGbHour(boolean arm) {
    return arm ? values.fargateArmGbHour : values.fargateGbHour;
  }

  /**
   * Fargate price per GB-hour of ephemeral storage beyond the 20 GB included.
   *
   * @return USD per GB-hour
   */
  public double ephemeralStorageGbHour() {
    return values.ephemeralStorageGbHour;
  }

  /**
   * The Fargate Spot discount, a fraction.
   *
   * @return the discount, from 0 to 1
   */
  public double fargateSpotDiscount() {
    return values.fargateSpotDiscount;
  }

  /**
   * EBS price per GB-month.
   *
   * @return USD per GB-month
   */
  public double ebsGbMonth() {
    return values.ebsGbMonth;
  }

  /**
   * Root volume size of every EC2 instance, in GiB.
   *
   * @return the size in GiB
   */
  public int rootVolumeGiB() {
    return values.rootVolumeGiB;
  }

  private static void nonNegative(String what, double usd) {
    if (!(usd >= 0) || Double.isInfinite(usd)) {
      throw new IllegalArgumentException("the " + what + " price must be a finite amount of USD, 0 or more, got " + usd);
    }
  }
}

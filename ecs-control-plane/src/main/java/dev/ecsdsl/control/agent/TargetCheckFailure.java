package dev.ecsdsl.control.agent;

import java.util.Objects;

/**
 * Why a target failed a health check, as DescribeTargetHealth words it.
 *
 * @param reasonCode ELB's reason code, e.g. {@code Target.ResponseCodeMismatch}, {@code Target.Timeout},
 *     {@code Target.FailedHealthChecks}
 * @param description ELB's description, e.g. {@code Health checks failed with these codes: [503]}
 */
public record TargetCheckFailure(String reasonCode, String description) {
  /**
   * Checks the components.
   *
   * @param reasonCode the reason code, not null
   * @param description the description, not null
   */
  public TargetCheckFailure {
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(description, "description");
  }
}

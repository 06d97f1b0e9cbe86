package dev.ecsdsl.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the task-level {@code cpu} and {@code memory} strings of a task definition the way ECS reads them:
 * {@code "256"} or {@code "0.25 vCPU"} for CPU (units), {@code "512"} or {@code "1 GB"} for memory (MiB).
 */
public final class Units {
  private static final Pattern VCPU = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*vcpu", Pattern.CASE_INSENSITIVE);
  private static final Pattern GB = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*gb", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private Units() {}

  /**
   * CPU units of a task-level cpu string, or empty when it is not a number or an {@code N vCPU} figure.
   *
   * @param cpu e.g. {@code "256"} or {@code "0.25 vCPU"}
   * @return the CPU units, e.g. 256
   */
  public static Optional<Integer> cpuUnits(String cpu) {
    String s = cpu.trim();
    if (NUMBER.matcher(s).matches()) {
      return parseInt(s);
    }
    Matcher m = VCPU.matcher(s);
    if (m.matches()) {
      return Optional.of((int) Math.round(Double.parseDouble(m.group(1)) * 1024));
    }
    return Optional.empty();
  }

  /**
   * MiB of a task-level memory string, or empty when it is not a number or an {@code N GB} figure.
   *
   * @param memory e.g. {@code "512"} or {@code "0.5 GB"}
   * @return the MiB, e.g. 512
   */
  public static Optional<Integer> memoryMiB(String memory) {
    String s = memory.trim().toLowerCase(Locale.ROOT);
    if (NUMBER.matcher(s).matches()) {
      return parseInt(s);
    }
    Matcher m = GB.matcher(s);
    if (m.matches()) {
      return Optional.of((int) Math.round(Double.parseDouble(m.group(1)) * 1024));
    }
    return Optional.empty();
  }

  private static Optional<Integer> parseInt(String s) {
    try {
      return Optional.of(Integer.parseInt(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}

package dev.ecsdsl.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the task-level {@code cpu} and {@code memory} strings of a task definition the way ECS reads them:
 * {@code "256"} or {@code "0.25 vCPU"} for CPU (units), {@code "512"} or {@code "1 GB"} for memory (MiB). The
 * unit is read in any case, with or without a space before it, and the figure may start with its decimal point
 * ({@code ".25 vcpu"}, {@code ".5 gb"}, {@code "1GB"}): RegisterTaskDefinition takes "a string using vCPUs (for
 * example, 1 vCPU or 1 vcpu)" and converts it to CPU units
 * (<a href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html">RegisterTaskDefinition</a>).
 */
public final class Units {
  private static final String FIGURE = "(\\d{1,9}(?:\\.\\d{0,9})?|\\.\\d{1,9})";
  private static final Pattern VCPU = Pattern.compile(FIGURE + "\\s*vcpu", Pattern.CASE_INSENSITIVE);
  private static final Pattern GB = Pattern.compile(FIGURE + "\\s*gb", Pattern.CASE_INSENSITIVE);
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
    return scaled(VCPU.matcher(s));
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
    return scaled(GB.matcher(s));
  }

  /** The figure of a matched {@code N vCPU} or {@code N GB} times 1024, or empty when it does not match or fit. */
  private static Optional<Integer> scaled(Matcher m) {
    if (!m.matches()) {
      return Optional.empty();
    }
    double value = Double.parseDouble(m.group(1)) * 1024;
    return value > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) Math.round(value));
  }

  private static Optional<Integer> parseInt(String s) {
    try {
      return Optional.of(Integer.parseInt(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}

package dev.ecsdsl.control.contract;

import java.time.Duration;
import java.util.Optional;

/**
 * How a container of the contract suite behaves, in two forms: a busybox shell script for agents that
 * run real containers, and plain data that a simulated agent turns into its own behaviour.
 *
 * @param exitAfter exits by itself after this long, with {@code exitCode}; empty = runs until stopped
 * @param exitCode the code it exits with by itself
 * @param sigtermIgnored only SIGKILL ends it; otherwise it exits with code 0 on SIGTERM
 * @param healthy whether its health check (if the definition has one) passes
 */
public record Script(Optional<Duration> exitAfter, int exitCode, boolean sigtermIgnored, boolean healthy) {

  /** Runs until stopped, exits 0 on SIGTERM, healthy. */
  public static Script runsUntilStopped() {
    return new Script(Optional.empty(), 0, false, true);
  }

  /** Exits by itself after {@code after} with {@code code}. */
  public static Script exitsAfter(Duration after, int code) {
    return new Script(Optional.of(after), code, false, true);
  }

  /** Runs until SIGKILL. */
  public static Script ignoresSigterm() {
    return new Script(Optional.empty(), 0, true, true);
  }

  /** Runs until stopped; its health check never passes. */
  public static Script unhealthy() {
    return new Script(Optional.empty(), 0, false, false);
  }

  /** The health check command matching {@link #healthy()}: it passes once the script marked itself. */
  public static String healthCheckCommand() {
    return "test -f /tmp/healthy";
  }

  /** The script for busybox {@code sh -c}. */
  public String shell() {
    String mark = healthy ? "touch /tmp/healthy; " : "";
    if (exitAfter.isPresent()) {
      return mark + "sleep " + Math.max(1, exitAfter.get().toSeconds()) + "; exit " + exitCode;
    }
    String onTerm = sigtermIgnored ? "trap '' TERM; " : "trap 'exit 0' TERM; ";
    return mark + onTerm + "while true; do sleep 1; done";
  }
}

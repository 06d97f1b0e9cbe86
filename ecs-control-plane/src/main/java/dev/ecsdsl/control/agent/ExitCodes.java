package dev.ecsdsl.control.agent;

/**
 * The exit codes the simulated agent reports when the exit is not a container's own choice. A process
 * ended by signal N reports 128 + N (shell and Docker convention).
 */
public final class ExitCodes {
  /** Ended by SIGTERM (signal 15), as a JVM also reports after running its shutdown hooks. */
  public static final int SIGTERM = 143;

  /** Ended by SIGKILL (signal 9): at the end of the stop timeout, or by the kernel's OOM killer. */
  public static final int SIGKILL = 137;

  /**
   * The container could not start: Docker records 128 when starting fails and nothing more specific
   * (126 not executable, 127 not found) was set (moby {@code daemon/start.go}, "make sure we don't leave
   * it at zero").
   */
  public static final int START_FAILURE = 128;

  private ExitCodes() {}
}

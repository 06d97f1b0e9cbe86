package dev.ecsdsl.control.agent;

/**
 * ECS's texts for failures the agent reports, prefix included, as they appear in a stopped task's
 * {@code stoppedReason} or a container's {@code reason} (Amazon ECS Developer Guide, "Stopped tasks error
 * codes" and "Troubleshooting OutOfMemoryError errors").
 */
public final class EcsErrors {
  /** A container's reason after the kernel killed it for exceeding its memory limit. */
  public static final String OUT_OF_MEMORY = "OutOfMemoryError: Container killed due to memory usage";

  private EcsErrors() {}

  /**
   * The task could not pull an image, e.g. {@code CannotPullContainerError: pull image manifest has been
   * retried 5 time(s): …}.
   *
   * @param reason what follows the prefix
   * @return the stopped reason, prefix included
   */
  public static String cannotPullContainer(String reason) {
    return "CannotPullContainerError: " + reason;
  }

  /**
   * A container could not start, e.g. {@code CannotStartContainerError: failed to get container status:
   * …}.
   *
   * @param reason what follows the prefix
   * @return the stopped reason, prefix included
   */
  public static String cannotStartContainer(String reason) {
    return "CannotStartContainerError: " + reason;
  }
}

package dev.ecsdsl.runtime;

/** Why a task stopped, as ECS's {@code Task.stopCode}. */
public enum StopCode {
  /** The task could not start, e.g. an image could not be pulled or a dependency can never hold. */
  TaskFailedToStart,
  /** An essential container exited. */
  EssentialContainerExited,
  /** Someone called StopTask. */
  UserInitiated,
  /** The service scheduler stopped the task. */
  ServiceSchedulerInitiated,
  /** A Fargate Spot task was interrupted. */
  SpotInterruption,
  /** The host was terminated. */
  TerminationNotice;

  /**
   * The constant for ECS's string form.
   *
   * @param value the string ECS uses, e.g. {@code UserInitiated}
   * @return the constant
   * @throws IllegalArgumentException when ECS has no such value
   */
  public static StopCode fromValue(String value) {
    return EnumValues.fromValue(StopCode.class, value);
  }
}

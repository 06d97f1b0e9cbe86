package dev.ecsdsl.api;

/**
 * How the in-memory runtime's virtual clock moves behind the endpoint: only when asked
 * ({@link #manual()}: {@link EcsApiServer#advance} or {@code POST /_ecsdsl/advance}), or with the wall
 * clock, {@code speed} virtual seconds per wall second ({@link #wallClock(double)}), so that the SDKs'
 * waiters see a rollout finish in seconds. The Docker runtime always follows the wall clock: it is served
 * with {@link #manual()} only, and it cannot be advanced.
 *
 * @param speed virtual seconds per wall second; 0 for manual
 */
public record ClockMode(double speed) {

  /**
   * Validates the speed.
   *
   * @param speed virtual seconds per wall second, finite and 0 or more
   */
  public ClockMode {
    if (!(speed >= 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be a finite number of 0 or more, was " + speed);
    }
  }

  /**
   * The clock moves only when asked.
   *
   * @return the manual clock mode
   */
  public static ClockMode manual() {
    return new ClockMode(0);
  }

  /**
   * The clock follows the wall clock, {@code speed} times as fast.
   *
   * @param speed how many times as fast as the wall clock, above 0
   * @return the clock mode
   */
  public static ClockMode wallClock(double speed) {
    if (speed <= 0) {
      throw new IllegalArgumentException("a wall clock speed must be above 0, was " + speed);
    }
    return new ClockMode(speed);
  }

  /**
   * Whether the clock moves only when asked.
   *
   * @return true for a manual clock
   */
  public boolean isManual() {
    return speed == 0;
  }
}

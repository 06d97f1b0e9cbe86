package dev.ecsdsl.inmemory.service;

/** A container health check's timing, in seconds (ECS {@code HealthCheck}); the command does not matter. */
record HealthCheckSpec(int interval, int retries, int startPeriod) {

  /** How many failing checks count towards {@code retries} before the first check at or after {@code passFrom}. */
  int countedFailuresBefore(int passFrom) {
    int counted = 0;
    for (int at = interval; at < passFrom; at += interval) {
      if (at >= startPeriod) {
        counted++;
      }
    }
    return counted;
  }

  @Override
  public String toString() {
    return "healthCheck(every " + interval + "s, retries " + retries
        + (startPeriod > 0 ? ", startPeriod " + startPeriod + "s" : "") + ")";
  }
}

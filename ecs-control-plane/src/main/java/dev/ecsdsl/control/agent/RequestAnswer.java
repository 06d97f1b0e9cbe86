package dev.ecsdsl.control.agent;

import java.time.Duration;
import java.util.Objects;

/**
 * How a container answers the requests a load balancer routes to it: the share it answers with an error status
 * (e.g. "5 % with HTTP 503") and how long it takes. The source of the target group's
 * {@code HTTPCode_Target_5XX_Count} and {@code TargetResponseTime} metrics (Elastic Load Balancing, "CloudWatch
 * metrics for your Application Load Balancer").
 *
 * @param errorPercent the percent of requests answered with {@code errorStatusCode}, 0-100
 * @param errorStatusCode the status of those answers, an HTTP status code 100-599
 * @param responseTime how long the container takes to answer
 */
public record RequestAnswer(double errorPercent, int errorStatusCode, Duration responseTime) {
  /** Every request answered at once, none with an error: what an agent that cannot tell reports. */
  public static final RequestAnswer OK = new RequestAnswer(0, 503, Duration.ZERO);

  /**
   * Checks the components.
   *
   * @param errorPercent 0-100
   * @param errorStatusCode 100-599
   * @param responseTime not negative
   */
  public RequestAnswer {
    if (!(errorPercent >= 0 && errorPercent <= 100)) {
      throw new IllegalArgumentException("error percent must be between 0 and 100, was " + errorPercent);
    }
    if (errorStatusCode < 100 || errorStatusCode > 599) {
      throw new IllegalArgumentException("error status code must be an HTTP status code, 100-599; got "
          + errorStatusCode);
    }
    Objects.requireNonNull(responseTime, "responseTime");
    if (responseTime.isNegative()) {
      throw new IllegalArgumentException("response time must not be negative, was " + responseTime);
    }
  }
}

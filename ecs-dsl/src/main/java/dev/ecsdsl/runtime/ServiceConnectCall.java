package dev.ecsdsl.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one request a task made through its Service Connect proxy.
 *
 * @param callerTaskArn the task that made the request
 * @param targetTaskArn the task whose answer the caller got (the last one tried); empty when no task was tried
 * @param status the HTTP status the caller got: the callee's, 503 when the alias has no healthy task, 504 when the
 *     answer took longer than the endpoint's timeout; 0 when no HTTP answer came (the host did not resolve, or every
 *     connection failed)
 * @param latency how long the caller waited for the answer
 * @param attempts how many tasks the proxy tried (2 after a retry)
 * @param error why no HTTP answer came, e.g. {@code could not resolve host orders}; empty when one came
 */
public record ServiceConnectCall(String callerTaskArn, Optional<String> targetTaskArn, int status, Duration latency,
    int attempts, Optional<String> error) {
  /**
   * Checks the components.
   *
   * @param callerTaskArn not null
   * @param targetTaskArn not null
   * @param status 0 or an HTTP status code
   * @param latency not null
   * @param attempts 0 or more
   * @param error not null
   */
  public ServiceConnectCall {
    Objects.requireNonNull(callerTaskArn, "callerTaskArn");
    Objects.requireNonNull(targetTaskArn, "targetTaskArn");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(error, "error");
  }

  /** {@return whether the caller got a 2xx answer} */
  public boolean succeeded() {
    return status >= 200 && status < 300;
  }
}

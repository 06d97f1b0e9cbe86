package dev.ecsdsl.runtime;

import java.util.function.Consumer;

/**
 * CloudWatch Logs as the {@code awslogs} log driver would fill it: what each container wrote.
 */
public interface LogsApi {
  /**
   * What a container wrote to stdout and stderr, one message per line, oldest first.
   *
   * @param request the request (see {@link GetLogEventsRequest})
   * @return the response (see {@link GetLogEventsResponse})
   */
  GetLogEventsResponse getLogEvents(GetLogEventsRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #getLogEvents(GetLogEventsRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").task(taskArn).container("app")}
   * @return the response (see {@link GetLogEventsResponse})
   */
  default GetLogEventsResponse getLogEvents(Consumer<GetLogEventsRequest.Builder> request) {
    GetLogEventsRequest.Builder builder = GetLogEventsRequest.builder();
    request.accept(builder);
    return getLogEvents(builder.build());
  }
}

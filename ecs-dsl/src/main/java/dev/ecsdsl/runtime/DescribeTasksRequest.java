package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The input of DescribeTasks. ECS API: {@code DescribeTasksRequest}.
 */
@Value.Immutable
public interface DescribeTasksRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the tasks' ARNs or ids, up to 100} */
  List<String> tasks();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeTasksRequest}. */
  class Builder extends ImmutableDescribeTasksRequest.Builder {
    /**
     * Sets tasks, as the AWS SDK's builders do.
     *
     * @param tasks the tasks' ARNs or ids, up to 100
     * @return this builder
     */
    public final Builder tasks(String... tasks) {
      return tasks(java.util.Arrays.asList(tasks));
    }
  }
}

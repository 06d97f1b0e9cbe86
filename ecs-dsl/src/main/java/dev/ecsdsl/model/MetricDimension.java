package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A dimension of a CloudWatch metric, e.g. {@code ServiceName}/{@code web} or {@code TargetGroup}/{@code
 * targetgroup/web/0123abcd}. CloudWatch API: {@code Dimension}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMetricDimension.class)
@JsonDeserialize(as = ImmutableMetricDimension.class)
public interface MetricDimension {
  /** {@return the dimension's name, e.g. {@code ClusterName}, {@code ServiceName}, {@code TargetGroup}} */
  String name();

  /** {@return its value} */
  String value();

  /**
   * {@return a dimension}
   *
   * @param name the dimension's name
   * @param value its value
   */
  static MetricDimension of(String name, String value) {
    return ImmutableMetricDimension.builder().name(name).value(value).build();
  }
}

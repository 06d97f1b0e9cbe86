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
   * {@return the name of the resource the value names: ELB's {@code targetgroup/web/0123abcd} and
   * {@code app/alb/0123abcd} name {@code web} and {@code alb}, an ARN its resource's name, any other value itself}
   */
  default String resourceName() {
    String value = value();
    if (value.startsWith("arn:")) {
      return Arns.name(value);
    }
    String[] parts = value.split("/");
    return parts.length >= 2 ? parts[1] : value;
  }

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

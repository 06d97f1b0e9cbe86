package dev.ecsdsl.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Selects the cluster of the deployed environment that a {@link ClusterHandle} field or parameter
 * stands for: {@code @Cluster("prod") ClusterHandle prod}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Cluster {
  /**
   * The cluster's name.
   *
   * @return the cluster's name
   */
  String value();
}

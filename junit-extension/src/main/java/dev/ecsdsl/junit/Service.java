package dev.ecsdsl.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Selects the service of the deployed environment that a {@link ServiceHandle} field or parameter
 * stands for: {@code @Service("web") ServiceHandle web}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Service {
  /**
   * The service's name.
   *
   * @return the service's name
   */
  String value();

  /**
   * Its cluster; needed only when services of the same name run in several clusters.
   *
   * @return the cluster's name; empty to find the service by name alone
   */
  String cluster() default "";
}

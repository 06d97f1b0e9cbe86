package dev.ecsdsl.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field of an {@link EcsTest} class that holds the description to deploy: an
 * {@code Environment} or an {@code EnvironmentBuilder} (built, so validated, when deployed). A static
 * field is deployed once, before the class's tests, on a runtime they share; an instance field is deployed
 * on a fresh runtime before every test. A class has at most one such field.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Deploy {}

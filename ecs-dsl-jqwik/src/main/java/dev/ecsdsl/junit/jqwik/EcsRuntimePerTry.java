package dev.ecsdsl.junit.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * For jqwik properties (which JUnit Jupiter extensions do not reach): a parameter of type
 * {@code EcsRuntime}, {@code InMemoryEcs} or {@code EcsClock} that is not {@code @ForAll} gets a fresh
 * in-memory runtime for every try, closed when the try ends, whatever its outcome.
 *
 * <pre>{@code
 * @Property
 * @EcsRuntimePerTry
 * void everyServiceSettles(@ForAll("environments") Environment environment, InMemoryEcs ecs) {
 *   ecs.deploy(environment);
 *   ...
 * }
 * }</pre>
 *
 * <p>Every runtime of a property has the same {@link #seed()}: what varies from try to try is what jqwik
 * generates, so jqwik's own seed repeats a failing try exactly.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AddLifecycleHook(EcsTryHook.class)
public @interface EcsRuntimePerTry {
  /**
   * The seed of every runtime.
   *
   * @return the seed
   */
  long seed() default 1L;
}

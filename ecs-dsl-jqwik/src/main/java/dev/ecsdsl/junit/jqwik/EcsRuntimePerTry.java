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
 *
 * <p>A failing property's shrinking tries get runtimes too. jqwik's default shrinking mode (BOUNDED) stops after
 * {@code jqwik.shrinking.bounded.seconds} (10 s) and leaves the step it was in running on a pool thread; that step's
 * runtime is closed when the step ends, after the property has reported. Where every runtime must be closed when
 * the property ends (a test that counts them), or shrinking must reach the same result on a slow machine, use
 * {@code @Property(shrinking = ShrinkingMode.FULL)}.
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

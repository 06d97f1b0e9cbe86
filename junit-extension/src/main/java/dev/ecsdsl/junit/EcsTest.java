package dev.ecsdsl.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against an ECS runtime. The extension creates the runtime, deploys the
 * {@link Deploy @Deploy} description, injects the runtime, the deployed environment, the {@link EcsClock}
 * and {@link ServiceHandle service} and {@link ClusterHandle cluster} handles into fields and parameters,
 * closes everything after the class or the test (also when it fails), and adds the runtime's event
 * timeline and seed to a failure.
 *
 * <pre>{@code
 * @EcsTest
 * class WebTest {
 *   @Deploy static EnvironmentBuilder web = Ecs.environment("web")...;   // once per class
 *
 *   @Test
 *   void isSteady(@Service("web") ServiceHandle web) {
 *     assertThat(web.awaitSteady()).isSteady().hasRunningCount(2);
 *   }
 * }
 * }</pre>
 *
 * <p>A description in a static field is deployed once for the class, and the class's tests share that
 * runtime; in an instance field, it is deployed on a fresh runtime for every test (the rule of
 * Testcontainers' {@code @Container}). Tests without a {@code @Deploy} field that ask for a runtime get a
 * fresh, empty one each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(EcsExtension.class)
public @interface EcsTest {
  /** The value of {@link #seed()} that means: pick one at random (or take {@code -Decs.seed}). */
  long RANDOM_SEED = Long.MIN_VALUE;

  /**
   * Which runtime. {@link RuntimeKind#DEFAULT} follows the system property {@code ecs.runtime}
   * ({@code inmemory} or {@code docker}; in memory when unset), so that one suite runs both ways.
   *
   * @return the runtime kind
   */
  RuntimeKind runtime() default RuntimeKind.DEFAULT;

  /**
   * The seed every runtime of the class is created with. By default a random one, unless the system
   * property {@code ecs.seed} gives one; a failure names the seed so the run can be repeated.
   *
   * @return the seed, or {@link #RANDOM_SEED}
   */
  long seed() default RANDOM_SEED;

  /**
   * On the Docker runtime without a Docker engine: skip the tests (the default) or fail them. With the
   * environment variable {@code CI} set they always run, so that a missing engine fails a CI build.
   *
   * @return true to skip, false to fail
   */
  boolean disabledWithoutDocker() default true;

  /**
   * On the Docker runtime: whether the engine may pull images that the description uses and it does not
   * hold. By default it may not: a test whose images are missing is skipped and says which, so that tests
   * never depend on a registry.
   *
   * @return true when the engine may pull
   */
  boolean pullImages() default false;
}

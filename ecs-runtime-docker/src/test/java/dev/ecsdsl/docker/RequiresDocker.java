package dev.ecsdsl.docker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests that need a Docker engine. Without one they are skipped, with the engine's reason; with the
 * environment variable {@code CI} set (as {@code .ci/run} runs, after starting the engine) they run
 * regardless, so that a missing engine fails the build loudly instead of skipping it. After the class,
 * {@link LeftoverCheck} removes whatever this JVM left on the engine and fails the class if it found any.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DockerCondition.class)
@ExtendWith(LeftoverCheck.class)
public @interface RequiresDocker {}

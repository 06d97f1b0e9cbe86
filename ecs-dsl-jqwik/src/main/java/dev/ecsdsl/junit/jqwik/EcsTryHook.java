package dev.ecsdsl.junit.jqwik;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.junit.EcsClock;
import dev.ecsdsl.runtime.EcsRuntime;
import java.lang.reflect.Method;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.ParameterResolutionContext;
import net.jqwik.api.lifecycle.ResolveParameterHook;

/**
 * The hook behind {@link EcsRuntimePerTry}: resolves {@code EcsRuntime}, {@code InMemoryEcs} and
 * {@code EcsClock} parameters with the try's runtime (one per try, shared by the parameters of that try).
 */
public final class EcsTryHook implements ResolveParameterHook {

  @Override
  public Optional<ParameterSupplier> resolve(ParameterResolutionContext parameter, LifecycleContext context) {
    Class<?> type = parameter.parameter().getType();
    boolean ours = type == EcsRuntime.class || type == InMemoryEcs.class || type == EcsClock.class;
    if (!ours || parameter.parameter().isAnnotationPresent(ForAll.class)) {
      return Optional.empty();
    }
    long seed = seed(parameter.optionalMethod());
    return Optional.of(aTry -> {
      InMemoryEcs runtime = TryRuntimes.current().orElseGet(() -> TryRuntimes.inMemory(seed));
      return type == EcsClock.class ? new EcsClock(runtime) : runtime;
    });
  }

  private static long seed(Optional<Method> method) {
    return method.map(m -> Optional.ofNullable(m.getAnnotation(EcsRuntimePerTry.class))
            .orElse(m.getDeclaringClass().getAnnotation(EcsRuntimePerTry.class)))
        .map(EcsRuntimePerTry::seed).orElse(1L);
  }
}

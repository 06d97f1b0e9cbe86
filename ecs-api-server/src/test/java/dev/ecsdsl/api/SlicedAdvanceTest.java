package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.RuntimeClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, part 2: a long step of the endpoint's clock never holds the runtime's lock for the whole step. It is
 * made of slices of {@link RegionalRuntime#ADVANCE_SLICE}, the lock taken for each slice only, so that the calls
 * waiting for the runtime go in between (the lock is fair). Checked without timing: the runtime's clock sees the
 * slices.
 */
class SlicedAdvanceTest {

  @Test
  void aDaysStepReachesTheRuntimeInTenMinuteSlicesWithTheLockFreeBetweenThem() {
    try (InMemoryEcs ecs = InMemoryEcs.create(22)) {
      ecs.deploy(dev.ecsdsl.Ecs.environment("sliced").cluster("prod", c -> { }).build());
      List<Duration> slices = new ArrayList<>();
      List<Boolean> lockedDuringSlice = new ArrayList<>();
      RegionalRuntime[] region = new RegionalRuntime[1];
      RuntimeClock clock = (RuntimeClock) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {RuntimeClock.class}, (proxy, method, args) -> {
            if (method.getName().equals("advance") && args != null && args.length == 1
                && args[0] instanceof Duration slice) {
              slices.add(slice);
              lockedDuringSlice.add(region[0].isLockedByCurrentThread());
            }
            return invoke(method, ecs.clock(), args);
          });
      EcsRuntime recording = (EcsRuntime) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {EcsRuntime.class},
          (proxy, method, args) -> method.getName().equals("clock") && args == null ? clock : invoke(method, ecs, args));
      region[0] = new RegionalRuntime(recording, false);

      region[0].advance(Duration.ofDays(1).plusSeconds(30));

      assertThat(slices).hasSize(24 * 6 + 1);
      assertThat(slices.subList(0, 24 * 6)).containsOnly(Duration.ofMinutes(10));
      assertThat(slices.get(24 * 6)).isEqualTo(Duration.ofSeconds(30));
      assertThat(lockedDuringSlice).containsOnly(true);
      assertThat(region[0].isLockedByCurrentThread()).as("free between calls").isFalse();
      assertThat(ecs.clock().now()).isEqualTo(InMemoryEcs.DEFAULT_START.plus(Duration.ofDays(1).plusSeconds(30)));
    }
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}

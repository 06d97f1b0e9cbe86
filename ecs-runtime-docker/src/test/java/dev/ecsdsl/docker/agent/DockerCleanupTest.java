package dev.ecsdsl.docker.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.ecsdsl.docker.DockerEngineExtension;
import dev.ecsdsl.docker.RequiresDocker;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Removal of what a run created, when several removers meet: the agent's cleanup of a stopped task and its close
 * both remove the task's containers. Whoever returns first, the container must be gone by then, or the run's
 * network is still in use when it is removed next and stays behind (the leak seen once in CI).
 */
@RequiresDocker
class DockerCleanupTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();

  @Test
  void aContainerIsGoneWhenAnyOfItsConcurrentRemoversReturns() throws Exception {
    String container = ENGINE.docker().createContainerCmd(ENGINE.busybox())
        .withName("ecs-dsl-cleanup-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()))
        .withCmd("sleep", "600").exec().getId();
    ENGINE.docker().startContainerCmd(container).exec();
    int removers = 6;
    CyclicBarrier start = new CyclicBarrier(removers);
    ExecutorService pool = Executors.newFixedThreadPool(removers);
    try {
      List<Future<Boolean>> goneOnReturn = new ArrayList<>();
      for (int i = 0; i < removers; i++) {
        goneOnReturn.add(pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          DockerCleanup.removeContainer(ENGINE.docker(), container);
          return gone(container);
        }));
      }
      for (Future<Boolean> gone : goneOnReturn) {
        assertThat(gone.get(90, TimeUnit.SECONDS)).as("the container is gone when a remover returns").isTrue();
      }
    } finally {
      pool.shutdownNow();
      DockerCleanup.removeContainer(ENGINE.docker(), container);
    }
  }

  private static boolean gone(String container) {
    try {
      ENGINE.docker().inspectContainerCmd(container).exec();
      return false;
    } catch (NotFoundException e) {
      return true;
    }
  }
}

package dev.ecsdsl.docker.agent;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's own threads, daemon threads named {@code ecs-dsl-docker-<runId>-…}: workers for the Docker
 * calls (which block, some for a container's whole stop timeout, so they never run on the event loop),
 * one timer for the watcher's poll, and one thread for the engine watch's pings (so that calls stuck on a
 * frozen engine never delay them). Idle workers end after a while; {@link #shutdown} ends them all.
 */
final class AgentThreads {
  private static final Logger LOG = LoggerFactory.getLogger(AgentThreads.class);
  private static final int WORKERS = 32;
  private final ThreadPoolExecutor workers;
  private final ScheduledThreadPoolExecutor timer;
  private final ScheduledThreadPoolExecutor engineWatch;

  AgentThreads(String runId) {
    workers = new ThreadPoolExecutor(WORKERS, WORKERS, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        named("ecs-dsl-docker-" + runId + "-worker-"));
    workers.allowCoreThreadTimeOut(true);
    timer = new ScheduledThreadPoolExecutor(1, named("ecs-dsl-docker-" + runId + "-watch-"));
    timer.setRemoveOnCancelPolicy(true);
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    engineWatch = new ScheduledThreadPoolExecutor(1, named("ecs-dsl-docker-" + runId + "-engine-"));
    engineWatch.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  ExecutorService workers() {
    return workers;
  }

  ScheduledExecutorService timer() {
    return timer;
  }

  ScheduledExecutorService engineWatch() {
    return engineWatch;
  }

  /** Drops queued work, interrupts running work and waits up to {@code patience} for it to end. */
  boolean shutdown(Duration patience) {
    timer.shutdownNow();
    engineWatch.shutdownNow();
    workers.shutdownNow();
    try {
      return workers.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)
          & timer.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)
          & engineWatch.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      thread.setUncaughtExceptionHandler((t, e) -> LOG.error("{} failed", t.getName(), e));
      return thread;
    };
  }
}

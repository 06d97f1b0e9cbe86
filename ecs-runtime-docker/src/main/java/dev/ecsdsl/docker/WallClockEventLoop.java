package dev.ecsdsl.docker;

import dev.ecsdsl.control.loop.EventLoop;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An {@link EventLoop} on one thread of its own and the wall clock: what the Docker runtime runs the
 * control plane on. Actions run one at a time in time order, as on the virtual loop; callers on other
 * threads hand work over with {@link #call}.
 */
public final class WallClockEventLoop implements EventLoop, AutoCloseable {
  private static final AtomicInteger LOOPS = new AtomicInteger();
  private final Clock clock;
  private final ScheduledThreadPoolExecutor executor;
  private final AtomicInteger foreground = new AtomicInteger();
  private volatile Thread thread;

  /** A loop on the system clock. */
  public WallClockEventLoop() {
    this(Clock.systemUTC());
  }

  /**
   * A loop on {@code clock}.
   *
   * @param clock the wall clock to follow
   */
  public WallClockEventLoop(Clock clock) {
    this.clock = clock;
    this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread t = new Thread(runnable, "ecs-dsl-loop-" + LOOPS.incrementAndGet());
      t.setDaemon(true);
      thread = t;
      return t;
    });
    executor.setRemoveOnCancelPolicy(true);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public Scheduled schedule(Duration delay, Runnable action) {
    return add(delay, action, false);
  }

  @Override
  public Scheduled scheduleBackground(Duration delay, Runnable action) {
    return add(delay, action, true);
  }

  private Scheduled add(Duration delay, Runnable action, boolean background) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("negative delay " + delay);
    }
    if (!background) {
      foreground.incrementAndGet();
    }
    boolean[] settled = new boolean[1];
    // Settled after the action, so that work it schedules is counted before this is no longer.
    Runnable counted = () -> {
      try {
        action.run();
      } finally {
        settle(settled, background);
      }
    };
    ScheduledFuture<?> future = executor.schedule(guarded(counted), delay.toNanos(), TimeUnit.NANOSECONDS);
    return () -> {
      if (future.cancel(false)) {
        settle(settled, background);
      }
    };
  }

  private void settle(boolean[] settled, boolean background) {
    synchronized (settled) {
      if (!settled[0]) {
        settled[0] = true;
        if (!background) {
          foreground.decrementAndGet();
        }
      }
    }
  }

  @Override
  public void execute(Runnable action) {
    foreground.incrementAndGet();
    executor.execute(guarded(() -> {
      try {
        action.run();
      } finally {
        foreground.decrementAndGet();
      }
    }));
  }

  /**
   * Whether actions that are not background ones are still to run.
   *
   * @return true while such actions are scheduled
   */
  public boolean hasForegroundWork() {
    return foreground.get() > 0;
  }

  /**
   * Runs {@code work} on the loop and waits for its result; runs it at once when already on the loop.
   *
   * @param <T> the result's type
   * @param work the work to run
   * @return the work's result
   */
  public <T> T call(Callable<T> work) {
    if (Thread.currentThread() == thread) {
      try {
        return work.call();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    Future<T> future = executor.submit(work);
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new IllegalStateException("interrupted while waiting for the control plane", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public <T> T onLoopThread(Supplier<T> work) {
    return call(work::get);
  }

  /**
   * Runs {@code work} on the loop and waits for it.
   *
   * @param work the work to run
   */
  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }

  /** Stops the loop thread; pending actions are dropped. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Runnable guarded(Runnable action) {
    return () -> {
      try {
        action.run();
      } catch (RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(WallClockEventLoop.class).error("control plane action failed", e);
      }
    };
  }
}

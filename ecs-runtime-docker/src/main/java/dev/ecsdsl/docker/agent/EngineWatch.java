package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.DockerClient;
import dev.ecsdsl.docker.engine.DockerUnavailableException;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches that the engine still answers: a ping every {@value #INTERVAL_MILLIS} ms (each gives up after 5 s,
 * see {@code DockerEngine.connect}), and one at once when the event stream breaks. Two failed pings in a row
 * (a dead engine refuses at once: about 2 s; a frozen one lets each ping time out: about 12 s) mean the engine
 * is lost: that is reported once, as an error naming the engine and what to do, and is final for the run
 * (its containers may be gone or frozen; a new runtime starts clean).
 *
 * <p>The pings run on a thread of their own, so that calls waiting on a frozen engine (up to their own
 * timeouts) never delay the verdict.
 */
final class EngineWatch {
  static final long INTERVAL_MILLIS = 2_000;
  private static final int FAILURES_TO_LOSE = 2;
  private static final Logger LOG = LoggerFactory.getLogger(EngineWatch.class);
  private final DockerClient docker;
  private final String engine;
  private final String runId;
  private final ScheduledExecutorService thread;
  private final Consumer<DockerUnavailableException> lost;
  private int failures;
  private volatile DockerUnavailableException loss;

  /**
   * A watch of {@code engine} (its address, for messages) for run {@code runId}, pinging on {@code thread};
   * {@code lost} is told once.
   */
  EngineWatch(DockerClient docker, String engine, String runId, ScheduledExecutorService thread,
      Consumer<DockerUnavailableException> lost) {
    this.docker = docker;
    this.engine = engine;
    this.runId = runId;
    this.thread = thread;
    this.lost = lost;
  }

  void start() {
    thread.scheduleWithFixedDelay(this::ping, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Something looked wrong (the event stream broke): pings now rather than at the next tick. */
  void suspect() {
    try {
      thread.execute(this::ping);
    } catch (RejectedExecutionException e) {
      LOG.debug("the engine watch has ended");
    }
  }

  /**
   * Why the engine counts as lost, or empty while it answers.
   *
   * @return the loss, or empty
   */
  Optional<DockerUnavailableException> loss() {
    return Optional.ofNullable(loss);
  }

  private void ping() {
    if (loss != null) {
      return;
    }
    try {
      docker.pingCmd().exec();
      failures = 0;
    } catch (RuntimeException e) {
      failures++;
      LOG.debug("ping {} of the engine at {} failed: {}", failures, engine, EngineMessages.of(e));
      if (failures >= FAILURES_TO_LOSE) {
        DockerUnavailableException lostNow = new DockerUnavailableException(message(engine, runId, e), e);
        loss = lostNow;
        LOG.error(lostNow.getMessage());
        lost.accept(lostNow);
      }
    }
  }

  /** The one report of a lost engine: which engine, what failed, what the run does now and what to do. */
  static String message(String engine, String runId, Throwable failure) {
    return "The Docker engine at " + engine + " stopped answering (" + FAILURES_TO_LOSE + " pings in a row failed,"
        + " the last with: " + EngineMessages.of(failure) + "). Run " + runId + " starts no more containers,"
        + " and calls that wait for the runtime fail with this message. Check the engine (docker info; is dockerd"
        + " running, not stopped or frozen? bin/setup-docker starts it), then close this runtime and create a new"
        + " one. What this run created is removed by its watchdog once this JVM ends, or by the next run on the"
        + " engine.";
  }
}

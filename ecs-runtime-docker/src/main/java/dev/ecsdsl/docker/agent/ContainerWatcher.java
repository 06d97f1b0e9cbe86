package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the run's containers: one subscription to the engine's events ({@code die} and
 * {@code health_status} of containers labelled with the run) for prompt news, and a poll of the run's
 * containers every few seconds as a safety net for events the stream missed (a dropped connection is
 * resubscribed, from the time of the last event seen). What it sees goes to a {@link Sink}, which must
 * take repeated and stale news calmly: the agent confirms every exit by inspecting the container.
 */
final class ContainerWatcher implements AutoCloseable {
  /** Where news of containers goes; called on the watcher's threads. */
  interface Sink {
    /** The container is not running (any more). */
    void died(String containerId);

    /** Docker's health status of the container changed ({@code healthy}, {@code unhealthy}, …). */
    void healthChanged(String containerId, String status);

    /** The event stream came back after a break: health changes may have been missed. */
    void resubscribed();

    /** The event stream broke or ended: the engine may be gone. */
    void streamBroke();
  }

  private static final Logger LOG = LoggerFactory.getLogger(ContainerWatcher.class);
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
  private static final Duration RESUBSCRIBE_DELAY = Duration.ofSeconds(1);
  private static final Set<String> NOT_RUNNING = Set.of("exited", "dead");
  private final DockerClient docker;
  private final String runId;
  private final Sink sink;
  private final ScheduledExecutorService timer;
  private final CountDownLatch subscribed = new CountDownLatch(1);
  private volatile boolean closed;
  private volatile Stream stream;
  private volatile long lastEventSecond;

  ContainerWatcher(DockerClient docker, String runId, Sink sink, ScheduledExecutorService timer) {
    this.docker = docker;
    this.runId = runId;
    this.sink = sink;
    this.timer = timer;
  }

  /** Subscribes (asynchronously: the engine is called from docker-java's stream thread) and starts polling. */
  void start() {
    lastEventSecond = Instant.now().getEpochSecond() - 1;
    subscribe(false);
    timer.scheduleWithFixedDelay(this::poll, POLL_INTERVAL.toMillis(), POLL_INTERVAL.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Waits until the first subscription is in place; false when it is not within {@code timeout}. */
  boolean awaitSubscribed(Duration timeout) throws InterruptedException {
    return subscribed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void subscribe(boolean again) {
    if (closed) {
      return;
    }
    Stream next = new Stream(again);
    stream = next;
    docker.eventsCmd()
        .withSince(Long.toString(lastEventSecond))
        .withLabelFilter(Map.of(DockerLabels.RUN, runId))
        .withEventTypeFilter(EventType.CONTAINER)
        .withEventFilter("die", "health_status")
        .exec(next);
  }

  private void resubscribeLater() {
    if (closed) {
      return;
    }
    try {
      timer.schedule(() -> subscribe(true), RESUBSCRIBE_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      LOG.debug("not resubscribing: the agent is closing");
    }
  }

  private void poll() {
    if (closed) {
      return;
    }
    try {
      for (Container container : docker.listContainersCmd().withShowAll(true)
          .withLabelFilter(Map.of(DockerLabels.RUN, runId)).exec()) {
        if (NOT_RUNNING.contains(container.getState())) {
          sink.died(container.getId());
        }
      }
    } catch (RuntimeException e) {
      if (!closed) {
        // the engine watch reports an engine that stopped answering, once
        LOG.debug("polling the containers of run {} failed: {}", runId, EngineMessages.of(e));
      }
    }
  }

  /** Ends the subscription and the poll. */
  @Override
  public void close() {
    closed = true;
    Stream current = stream;
    if (current != null) {
      try {
        current.close();
      } catch (IOException e) {
        LOG.debug("closing the event stream failed", e);
      }
    }
  }

  /** One subscription to the engine's events. */
  private final class Stream extends ResultCallback.Adapter<Event> {
    private final boolean again;

    Stream(boolean again) {
      this.again = again;
    }

    @Override
    public void onStart(Closeable closeable) {
      super.onStart(closeable);
      if (closed) {
        // The watcher closed before the engine answered; docker-java's onStart has just reopened the
        // callback, so it must be closed again or the stream would live until the client is closed.
        closeQuietly();
        return;
      }
      subscribed.countDown();
      if (again) {
        LOG.info("event stream of run {} resubscribed", runId);
        sink.resubscribed();
      }
    }

    @Override
    public void onNext(Event event) {
      if (event.getTime() != null) {
        lastEventSecond = Math.max(lastEventSecond, event.getTime());
      }
      String id = event.getActor() != null && event.getActor().getId() != null ? event.getActor().getId()
          : event.getId();
      String action = event.getAction() != null ? event.getAction() : event.getStatus();
      if (id == null || action == null) {
        return;
      }
      if (action.equals("die")) {
        sink.died(id);
      } else if (action.startsWith("health_status")) {
        sink.healthChanged(id, action.substring(action.indexOf(':') + 1).strip());
      }
    }

    /** Not docker-java's onError, which logs every failure as an error: a broken stream is resubscribed. */
    @Override
    public void onError(Throwable throwable) {
      closeQuietly();
      if (!closed) {
        LOG.info("event stream of run {} broke ({}); resubscribing", runId, EngineMessages.of(throwable));
        sink.streamBroke();
        resubscribeLater();
      }
    }

    private void closeQuietly() {
      try {
        close();
      } catch (IOException e) {
        LOG.debug("closing the event stream failed", e);
      }
    }

    @Override
    public void onComplete() {
      super.onComplete();
      if (!closed) {
        LOG.info("event stream of run {} ended; resubscribing", runId);
        sink.streamBroke();
        resubscribeLater();
      }
    }
  }
}

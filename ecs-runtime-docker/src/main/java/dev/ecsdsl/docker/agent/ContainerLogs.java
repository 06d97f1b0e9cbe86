package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads what a container wrote to stdout and stderr, from the engine, as lines ({@link LogLines}): the
 * container's output so far (all its runs, for a restarted one; the newest {@value LogLines#MAX_LINES}
 * lines), without following it. Needs a log driver the engine can read back; Docker's default
 * {@code json-file} and, from Docker 20.10, every driver with the engine's dual logging cache can.
 *
 * <p>Docker copies stdout and stderr through separate pipes, so lines the two streams wrote at nearly the
 * same moment may come in either order (as with {@code docker logs}); each stream's own lines keep theirs.
 */
final class ContainerLogs {
  private ContainerLogs() {}

  /**
   * The container's output lines, oldest first.
   *
   * @throws com.github.dockerjava.api.exception.NotFoundException when the container is gone
   * @throws IllegalStateException when the engine does not answer within {@code timeout}
   */
  static List<String> read(DockerClient docker, String containerId, Duration timeout) {
    Reader reader = docker.logContainerCmd(containerId).withStdOut(true).withStdErr(true).withTail(LogLines.MAX_LINES)
        .withFollowStream(false).exec(new Reader());
    try {
      if (!reader.done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("the engine sent no end of the logs of container " + containerId
            + " within " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the logs of container " + containerId, e);
    } finally {
      reader.close();
    }
    return reader.lines();
  }

  /**
   * Collects the frames and keeps a failure to throw on the caller's thread. Unlike docker-java's adapter it
   * does not log a failure as an error: a container that is gone is an answer.
   */
  private static final class Reader implements ResultCallback<Frame> {
    private final LogLines lines = new LogLines();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Closeable stream;
    private volatile RuntimeException failure;

    @Override
    public void onStart(Closeable stream) {
      this.stream = stream;
    }

    @Override
    public void onNext(Frame frame) {
      synchronized (lines) {
        lines.add(frame.getStreamType(), frame.getPayload());
      }
    }

    @Override
    public void onError(Throwable throwable) {
      failure = throwable instanceof RuntimeException runtime ? runtime : new IllegalStateException(throwable);
      done.countDown();
    }

    @Override
    public void onComplete() {
      done.countDown();
    }

    @Override
    public void close() {
      Closeable current = stream;
      if (current != null) {
        try {
          current.close();
        } catch (IOException e) {
          // the stream has ended or broken; nothing more will come from it either way
        }
      }
      done.countDown();
    }

    List<String> lines() {
      if (failure != null) {
        throw failure;
      }
      synchronized (lines) {
        return lines.finish();
      }
    }
  }
}

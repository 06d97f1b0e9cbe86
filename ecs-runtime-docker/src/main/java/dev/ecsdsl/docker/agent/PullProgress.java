package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.PullResponseItem;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Follows one image pull to its end and keeps the engine's reason if it fails. Unlike docker-java's own
 * callback it does not log a failed pull as an error: a failed pull is an outcome the agent reports.
 */
final class PullProgress implements ResultCallback<PullResponseItem> {
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile Closeable stream;
  private volatile String failure;

  @Override
  public void onStart(Closeable stream) {
    this.stream = stream;
  }

  @Override
  public void onNext(PullResponseItem item) {
    if (item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null) {
      failure = item.getErrorDetail().getMessage();
    }
  }

  @Override
  public void onError(Throwable throwable) {
    failure = EngineMessages.of(throwable);
    done.countDown();
  }

  @Override
  public void onComplete() {
    done.countDown();
  }

  /**
   * Waits for the pull's end: empty when it succeeded, else why not (also when it did not end within
   * {@code timeout}).
   */
  Optional<String> await(String image, Duration timeout) throws InterruptedException {
    if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return Optional.of("pull image " + image + ": no answer from the registry within " + timeout.toSeconds() + "s");
    }
    return Optional.ofNullable(failure);
  }

  @Override
  public void close() throws IOException {
    Closeable current = stream;
    if (current != null) {
      current.close();
    }
    done.countDown();
  }
}

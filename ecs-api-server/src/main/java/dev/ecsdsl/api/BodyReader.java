package dev.ecsdsl.api;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request's body, at most {@code limit} bytes, without holding a thread while the bytes are on their
 * way: when none are there, it asks Jetty to call back once some are ({@link Request#demand}), so a caller who
 * sends half a body and stalls costs a connection, not a thread. A body announced or found to be larger than
 * the limit is refused as soon as that is known, before more of it is read.
 */
final class BodyReader implements Runnable {
  private final Request request;
  private final int limit;
  private final Consumer<byte[]> body;
  private final Consumer<ApiException> failure;
  private byte[] bytes;
  private int size;

  private BodyReader(Request request, int limit, Consumer<byte[]> body, Consumer<ApiException> failure) {
    this.request = request;
    this.limit = limit;
    this.body = body;
    this.failure = failure;
    long announced = request.getLength();
    this.bytes = new byte[(int) Math.max(0, Math.min(announced, limit))];
  }

  /**
   * Reads the body and hands it to {@code body}, or an error to {@code failure}: {@code 413} for a body larger
   * than {@code limit}, {@code 400} when the body did not arrive whole (the caller went away or stalled past
   * the idle timeout). One of the two is called once, on a thread of the server's pool.
   */
  static void read(Request request, int limit, Consumer<byte[]> body, Consumer<ApiException> failure) {
    if (request.getLength() > limit) {
      failure.accept(tooLarge(limit));
      return;
    }
    new BodyReader(request, limit, body, failure).run();
  }

  static ApiException tooLarge(int limit) {
    return new ApiException("ClientException", "the request body is larger than " + limit
        + " bytes, the most this endpoint reads", 413);
  }

  @Override
  public void run() {
    while (true) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        request.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        failure.accept(new ApiException("ClientException", "the request body did not arrive whole: "
            + chunk.getFailure().getMessage(), 400));
        return;
      }
      try {
        ByteBuffer buffer = chunk.getByteBuffer();
        int n = buffer.remaining();
        if ((long) size + n > limit) {
          failure.accept(tooLarge(limit));
          return;
        }
        if (size + n > bytes.length) {
          bytes = Arrays.copyOf(bytes, Math.min(limit, Math.max(size + n, bytes.length * 2 + 256)));
        }
        buffer.get(bytes, size, n);
        size += n;
      } finally {
        chunk.release();
      }
      if (chunk.isLast()) {
        body.accept(size == bytes.length ? bytes : Arrays.copyOf(bytes, size));
        return;
      }
    }
  }
}

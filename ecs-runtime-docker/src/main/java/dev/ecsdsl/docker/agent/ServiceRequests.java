package dev.ecsdsl.docker.agent;

import dev.ecsdsl.control.agent.ServiceAnswer;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;

/**
 * A Service Connect request sent for real: an HTTP GET of the path to a container's port, answered with the
 * container's status and how long it took. Bounded: the connection gets {@link #CONNECT_TIMEOUT}, the answer the
 * proxy's timeout, at most {@link #MAX_WAIT}; the body is read and dropped, at most {@link #MAX_BODY} bytes.
 */
final class ServiceRequests {
  /** How long a connection may take before it counts as refused. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  /** The longest the agent waits for an answer, whatever the proxy's timeout. */
  static final Duration MAX_WAIT = Duration.ofSeconds(60);
  /** The most of a body read. */
  static final int MAX_BODY = 1 << 20;

  private ServiceRequests() {}

  static ServiceAnswer get(InetSocketAddress address, String path, Duration timeout) {
    Duration wait = timeout.isZero() || timeout.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : timeout;
    long started = System.nanoTime();
    HttpURLConnection connection = null;
    boolean connected = false;
    try {
      String target = path.startsWith("/") ? path : "/" + path;
      URI uri = URI.create("http://" + address.getHostString() + ":" + address.getPort() + target);
      connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
      connection.setReadTimeout((int) wait.toMillis());
      connection.setInstanceFollowRedirects(false);
      connection.setUseCaches(false);
      connection.setRequestProperty("Connection", "close");
      connection.connect();
      connected = true;
      int status = connection.getResponseCode();
      InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
      if (body != null) {
        try (body) {
          body.readNBytes(MAX_BODY);
        }
      }
      return new ServiceAnswer(status < 100 || status > 599 ? 502 : status, since(started));
    } catch (SocketTimeoutException e) {
      Duration took = since(started);
      return connected ? new ServiceAnswer(504, took.compareTo(wait) < 0 ? wait : took)
          : new ServiceAnswer(ServiceAnswer.CONNECTION_FAILED, took);
    } catch (IOException | IllegalArgumentException e) {
      return new ServiceAnswer(ServiceAnswer.CONNECTION_FAILED, since(started));
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  private static Duration since(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}

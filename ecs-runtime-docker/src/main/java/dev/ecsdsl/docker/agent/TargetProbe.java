package dev.ecsdsl.docker.agent;

import dev.ecsdsl.control.agent.TargetCheck;
import dev.ecsdsl.control.agent.TargetCheckFailure;
import dev.ecsdsl.model.ElbProtocol;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.Optional;

/**
 * One real load balancer health check of a target: for HTTP (and HTTPS, which is checked in plain HTTP: a
 * local container has no certificate) a GET of the check's path that must answer one of the matcher's codes
 * within the timeout; for TCP, TLS and UDP a TCP connection within the timeout. Failures carry ELB's reason
 * codes: {@code Target.ResponseCodeMismatch}, {@code Target.Timeout}, {@code Target.FailedHealthChecks}.
 */
final class TargetProbe {
  private TargetProbe() {}

  /**
   * Checks the target at {@code address}; blocks up to the check's timeout (twice for HTTP). A check that
   * cannot be made as configured (a matcher that is no list of codes, a path that is no URI path) fails,
   * saying why.
   */
  static Optional<TargetCheckFailure> probe(InetSocketAddress address, TargetCheck check) {
    try {
      return check.protocol() == ElbProtocol.HTTP || check.protocol() == ElbProtocol.HTTPS
          ? http(address, check) : tcp(address, check);
    } catch (IllegalArgumentException e) {
      return Optional.of(new TargetCheckFailure("Target.FailedHealthChecks",
          "Health checks failed: " + e.getMessage()));
    }
  }

  private static Optional<TargetCheckFailure> http(InetSocketAddress address, TargetCheck check) {
    int timeout = (int) check.timeout().toMillis();
    HttpURLConnection connection = null;
    try {
      String path = check.path().startsWith("/") ? check.path() : "/" + check.path();
      URI uri = URI.create("http://" + address.getHostString() + ":" + address.getPort() + path);
      connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout(timeout);
      connection.setReadTimeout(timeout);
      connection.setInstanceFollowRedirects(false);
      connection.setUseCaches(false);
      connection.setRequestProperty("Connection", "close");
      connection.setRequestProperty("User-Agent", "ELB-HealthChecker/2.0");
      int status = connection.getResponseCode();
      drain(connection);
      return check.matches(status) ? Optional.empty() : Optional.of(new TargetCheckFailure(
          "Target.ResponseCodeMismatch", "Health checks failed with these codes: [" + status + "]"));
    } catch (SocketTimeoutException e) {
      return Optional.of(timedOut());
    } catch (IOException e) {
      return Optional.of(failed(e));
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  private static Optional<TargetCheckFailure> tcp(InetSocketAddress address, TargetCheck check) {
    try (Socket socket = new Socket()) {
      socket.connect(address, (int) check.timeout().toMillis());
      return Optional.empty();
    } catch (SocketTimeoutException e) {
      return Optional.of(timedOut());
    } catch (IOException e) {
      return Optional.of(failed(e));
    }
  }

  private static void drain(HttpURLConnection connection) throws IOException {
    InputStream body = connection.getResponseCode() >= 400 ? connection.getErrorStream()
        : connection.getInputStream();
    if (body != null) {
      try (body) {
        body.readAllBytes();
      }
    }
  }

  private static TargetCheckFailure timedOut() {
    return new TargetCheckFailure("Target.Timeout", "Request timed out");
  }

  private static TargetCheckFailure failed(IOException e) {
    return new TargetCheckFailure("Target.FailedHealthChecks", "Health checks failed: " + e.getMessage());
  }
}

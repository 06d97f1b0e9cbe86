package dev.ecsdsl.docker.elb;

import dev.ecsdsl.docker.http.LocalHttpServer;
import dev.ecsdsl.runtime.LogText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An application load balancer's listener as an HTTP reverse proxy on 127.0.0.1: each request goes where
 * the {@link TargetRouter} sends it (listener rules by host header and path, round-robin over healthy
 * targets), with the {@code X-Forwarded-For}, {@code X-Forwarded-Proto} and {@code X-Forwarded-Port}
 * headers an ALB adds. The JDK's HTTP client does not let the {@code Host} header through, so the target
 * sees its own address there and the client's host in {@code X-Forwarded-Host}. As an ALB: no target →
 * 503, a target that cannot be reached or does not answer → 502, and its own HTML error pages.
 *
 * <p>Bodies stream both ways (nothing is held whole in memory). As an ALB, a client connection silent for
 * {@code 60} s (ALB's default idle timeout) is closed, and request line and headers may have at most 64 KiB
 * (ALB's limit for the whole header).
 */
final class HttpListenerProxy implements ListenerProxy {
  /** ALB's default connection idle timeout. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
  /** ALB's limit for a request's whole header. */
  static final int MAX_HEADER_BYTES = 64 * 1024;
  private static final int MAX_THREADS = 64;
  private static final Logger LOG = LoggerFactory.getLogger(HttpListenerProxy.class);
  /** Headers of one hop, not forwarded (RFC 9110 7.6.1), and those the clients set themselves. */
  private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
      "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");
  private static final int TARGET_TIMEOUT_MILLIS = 60_000;
  private final String loadBalancer;
  private final int listenerPort;
  private final TargetRouter router;
  private final LocalHttpServer server;

  HttpListenerProxy(String loadBalancer, int listenerPort, TargetRouter router, String threadName) {
    this.loadBalancer = loadBalancer;
    this.listenerPort = listenerPort;
    this.router = router;
    this.server = LocalHttpServer.start(threadName, "127.0.0.1", IDLE_TIMEOUT, MAX_HEADER_BYTES, MAX_THREADS,
        new Forwarder(), (status, reason) -> new String[] {"text/html", page(status, reason == null ? "" : reason)});
  }

  @Override
  public InetSocketAddress address() {
    return server.address();
  }

  @Override
  public void close() {
    server.close();
  }

  /** Sends each request on to its target. */
  private final class Forwarder extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      String host = Optional.ofNullable(request.getHeaders().get(HttpHeader.HOST)).orElse("")
          .replaceFirst(":\\d+$", "");
      String path = request.getHttpURI().getPath();
      Optional<InetSocketAddress> target;
      try {
        target = router.route(loadBalancer, listenerPort, host, path);
      } catch (RuntimeException e) {
        LOG.debug("routing {} {} failed", loadBalancer, LogText.escape(path), e);
        target = Optional.empty();
      }
      if (target.isEmpty()) {
        reply(response, callback, 503, "Service Temporarily Unavailable");
        return true;
      }
      try {
        relay(request, response, callback, target.get(), host);
      } catch (IOException e) {
        LOG.debug("target {} of {} failed: {}", target.get(), loadBalancer, LogText.escape(e.toString()));
        if (response.isCommitted()) {
          callback.failed(e);
        } else {
          reply(response, callback, 502, "Bad Gateway");
        }
      }
      return true;
    }
  }

  private void relay(Request request, Response response, Callback callback, InetSocketAddress target, String host)
      throws IOException {
    String query = request.getHttpURI().getQuery();
    URI to = URI.create("http://" + target.getHostString() + ":" + target.getPort() + request.getHttpURI().getPath()
        + (query == null ? "" : "?" + query));
    HttpURLConnection connection = (HttpURLConnection) to.toURL().openConnection();
    try {
      connection.setConnectTimeout(TARGET_TIMEOUT_MILLIS);
      connection.setReadTimeout(TARGET_TIMEOUT_MILLIS);
      connection.setInstanceFollowRedirects(false);
      connection.setUseCaches(false);
      connection.setRequestMethod(request.getMethod());
      for (HttpField header : request.getHeaders()) {
        if (!HOP_BY_HOP.contains(header.getLowerCaseName())) {
          connection.addRequestProperty(header.getName(), header.getValue());
        }
      }
      connection.setRequestProperty("Connection", "close");
      connection.setRequestProperty("X-Forwarded-For", Request.getRemoteAddr(request));
      connection.setRequestProperty("X-Forwarded-Proto", "http");
      if (!host.isEmpty()) {
        connection.setRequestProperty("X-Forwarded-Host", host);
      }
      connection.setRequestProperty("X-Forwarded-Port", Integer.toString(listenerPort));
      long length = request.getLength();
      if (length > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
        connection.setDoOutput(true);
        if (length > 0) {
          connection.setFixedLengthStreamingMode(length);
        } else {
          connection.setChunkedStreamingMode(8192);
        }
        try (InputStream in = Content.Source.asInputStream(request); OutputStream out = connection.getOutputStream()) {
          in.transferTo(out);
        }
      }
      int status = connection.getResponseCode();
      response.setStatus(status);
      connection.getHeaderFields().forEach((name, values) -> {
        if (name != null && !HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(value -> response.getHeaders().add(name, value));
        }
      });
      boolean noBody = status == 204 || status == 304 || "HEAD".equals(request.getMethod());
      InputStream in = noBody ? null : status >= 400 ? connection.getErrorStream() : connection.getInputStream();
      if (in == null) {
        response.write(true, BufferUtil.EMPTY_BUFFER, callback);
        return;
      }
      try (in; OutputStream out = Content.Sink.asOutputStream(response)) {
        in.transferTo(out);
      }
      callback.succeeded();
    } finally {
      connection.disconnect();
    }
  }

  private static void reply(Response response, Callback callback, int status, String text) {
    LocalHttpServer.send(response, callback, status, "text/html",
        page(status, text).getBytes(StandardCharsets.UTF_8));
  }

  /** An ALB's error page. */
  private static String page(int status, String text) {
    String safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return "<html><body><center><h1>" + status + " " + safe + "</h1></center></body></html>\n";
  }
}

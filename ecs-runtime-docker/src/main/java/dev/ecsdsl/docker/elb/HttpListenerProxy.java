package dev.ecsdsl.docker.elb;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An application load balancer's listener as an HTTP reverse proxy on 127.0.0.1: each request goes where
 * the {@link TargetRouter} sends it (listener rules by host header and path, round-robin over healthy
 * targets), with the {@code X-Forwarded-For}, {@code X-Forwarded-Proto} and {@code X-Forwarded-Port}
 * headers an ALB adds. The JDK's HTTP client does not let the {@code Host} header through, so the target
 * sees its own address there and the client's host in {@code X-Forwarded-Host}. As an ALB: no target →
 * 503, a target that cannot be reached or does not answer → 502.
 */
final class HttpListenerProxy implements ListenerProxy {
  private static final Logger LOG = LoggerFactory.getLogger(HttpListenerProxy.class);
  /** Headers of one hop, not forwarded (RFC 9110 7.6.1), and those the JDK sets itself. */
  private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
      "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");
  private static final int TARGET_TIMEOUT_MILLIS = 60_000;
  private final String loadBalancer;
  private final int listenerPort;
  private final TargetRouter router;
  private final HttpServer server;
  private final ExecutorService executor;

  HttpListenerProxy(String loadBalancer, int listenerPort, TargetRouter router, ExecutorService executor)
      throws IOException {
    this.loadBalancer = loadBalancer;
    this.listenerPort = listenerPort;
    this.router = router;
    this.executor = executor;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::forward);
    server.start();
  }

  @Override
  public InetSocketAddress address() {
    return server.getAddress();
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("")
          .replaceFirst(":\\d+$", "");
      URI uri = exchange.getRequestURI();
      Optional<InetSocketAddress> target;
      try {
        target = router.route(loadBalancer, listenerPort, host, uri.getPath());
      } catch (RuntimeException e) {
        LOG.debug("routing {} {} failed", loadBalancer, uri, e);
        target = Optional.empty();
      }
      if (target.isEmpty()) {
        reply(exchange, 503, "503 Service Temporarily Unavailable");
        return;
      }
      try {
        relay(exchange, target.get(), uri, host);
      } catch (IOException e) {
        LOG.debug("target {} of {} failed: {}", target.get(), loadBalancer, e.toString());
        reply(exchange, 502, "502 Bad Gateway");
      }
    }
  }

  private void relay(HttpExchange exchange, InetSocketAddress target, URI uri, String host) throws IOException {
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    URI to = URI.create("http://" + target.getHostString() + ":" + target.getPort() + uri.getRawPath() + query);
    HttpURLConnection connection = (HttpURLConnection) to.toURL().openConnection();
    try {
      connection.setConnectTimeout(TARGET_TIMEOUT_MILLIS);
      connection.setReadTimeout(TARGET_TIMEOUT_MILLIS);
      connection.setInstanceFollowRedirects(false);
      connection.setUseCaches(false);
      connection.setRequestMethod(exchange.getRequestMethod());
      for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
        if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
          header.getValue().forEach(value -> connection.addRequestProperty(header.getKey(), value));
        }
      }
      connection.setRequestProperty("Connection", "close");
      connection.setRequestProperty("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
      connection.setRequestProperty("X-Forwarded-Proto", "http");
      if (!host.isEmpty()) {
        connection.setRequestProperty("X-Forwarded-Host", host);
      }
      connection.setRequestProperty("X-Forwarded-Port", Integer.toString(listenerPort));
      byte[] requestBody = exchange.getRequestBody().readAllBytes();
      if (requestBody.length > 0) {
        connection.setDoOutput(true);
        try (OutputStream out = connection.getOutputStream()) {
          out.write(requestBody);
        }
      }
      int status = connection.getResponseCode();
      byte[] body;
      try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
        body = in == null ? new byte[0] : in.readAllBytes();
      }
      Headers headers = exchange.getResponseHeaders();
      connection.getHeaderFields().forEach((name, values) -> {
        if (name != null && !HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
          headers.put(name, values);
        }
      });
      boolean noBody = status == 204 || status == 304 || "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(status, noBody ? -1 : body.length == 0 ? -1 : body.length);
      if (!noBody && body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } finally {
      connection.disconnect();
    }
  }

  private static void reply(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = ("<html><body><center><h1>" + text + "</h1></center></body></html>\n")
        .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("the proxy of {}:{} still has busy threads", loadBalancer, listenerPort);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

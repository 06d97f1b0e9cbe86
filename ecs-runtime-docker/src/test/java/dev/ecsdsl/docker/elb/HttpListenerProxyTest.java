package dev.ecsdsl.docker.elb;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ALB proxy against a local HTTP server standing in for a task. */
class HttpListenerProxyTest {
  private final List<String> routed = new ArrayList<>();
  private HttpServer target;
  private HttpListenerProxy proxy;

  @AfterEach
  void stop() {
    if (proxy != null) {
      proxy.close();
    }
    if (target != null) {
      target.stop(0);
    }
  }

  private void start(TargetRouter router) throws IOException {
    proxy = new HttpListenerProxy("alb", 80, router, Executors.newFixedThreadPool(2));
  }

  private HttpURLConnection request(String pathAndQuery) throws IOException {
    InetSocketAddress address = proxy.address();
    HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + address.getPort()
        + pathAndQuery).toURL().openConnection();
    connection.setRequestProperty("X-Test", "kept");
    return connection;
  }

  @Test
  void aRequestGoesToTheRoutedTargetWithItsPathQueryAndHeadersAndAlbsForwardedHeaders() throws IOException {
    target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    target.createContext("/", exchange -> {
      String seen = exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("X-Test") + " "
          + exchange.getRequestHeaders().getFirst("X-Forwarded-Port") + " "
          + exchange.getRequestHeaders().getFirst("X-Forwarded-For") + " "
          + exchange.getRequestHeaders().getFirst("X-Forwarded-Host");
      byte[] body = seen.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("X-Served-By", "task-1");
      exchange.sendResponseHeaders(201, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    target.start();
    start((lb, port, host, path) -> {
      routed.add(lb + ":" + port + " " + host + " " + path);
      return Optional.of(target.getAddress());
    });

    HttpURLConnection connection = request("/api/orders?id=7");

    assertThat(connection.getResponseCode()).isEqualTo(201);
    assertThat(connection.getHeaderField("X-Served-By")).isEqualTo("task-1");
    try (InputStream in = connection.getInputStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("/api/orders?id=7 kept 80 127.0.0.1 127.0.0.1");
    }
    assertThat(routed).containsExactly("alb:80 127.0.0.1 /api/orders");
  }

  @Test
  void noTargetIs503AndATargetThatRefusesIs502() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    List<Optional<InetSocketAddress>> answers = new ArrayList<>(List.of(Optional.empty(),
        Optional.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), closed))));
    start((lb, port, host, path) -> answers.remove(0));

    assertThat(request("/").getResponseCode()).isEqualTo(503);
    assertThat(request("/").getResponseCode()).isEqualTo(502);
  }
}

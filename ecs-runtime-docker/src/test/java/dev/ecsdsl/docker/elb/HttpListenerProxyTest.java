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
import java.net.Socket;
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
    proxy = new HttpListenerProxy("alb", 80, router, "test-alb");
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
  void sixteenStalledConnectionsDoNotHoldUpAnotherRequest() throws Exception {
    target = echoTarget();
    start((lb, port, host, path) -> Optional.of(target.getAddress()));
    List<Socket> stalls = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        Socket stall = new Socket(InetAddress.getLoopbackAddress(), proxy.address().getPort());
        stalls.add(stall);
        String text = switch (i % 3) {
          case 0 -> "G";
          case 1 -> "POST /orders HTTP/1.1\r\nHost: shop\r\nX-Half";
          default -> "POST /orders HTTP/1.1\r\nHost: shop\r\nContent-Length: 100\r\n\r\nhalf a body";
        };
        stall.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        stall.getOutputStream().flush();
      }

      HttpURLConnection other = request("/other");
      other.setReadTimeout(60_000);

      assertThat(other.getResponseCode()).isEqualTo(200);
    } finally {
      for (Socket stall : stalls) {
        stall.close();
      }
    }
  }

  @Test
  void aLargeBodyStreamsThroughAndOversizedOrBrokenHeadersGetAnAlbErrorPage() throws Exception {
    target = echoTarget();
    start((lb, port, host, path) -> Optional.of(target.getAddress()));
    HttpURLConnection post = request("/upload");
    post.setDoOutput(true);
    post.setFixedLengthStreamingMode(8L << 20);
    try (OutputStream out = post.getOutputStream()) {
      byte[] chunk = new byte[1 << 16];
      for (int i = 0; i < 128; i++) {
        out.write(chunk);
      }
    }
    HttpURLConnection huge = request("/");
    huge.setRequestProperty("X-Huge", "a".repeat(70_000));

    assertThat(post.getResponseCode()).isEqualTo(200);
    try (InputStream in = post.getInputStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("/upload 8388608");
    }
    assertThat(huge.getResponseCode()).isEqualTo(431);
    try (Socket garbage = new Socket(InetAddress.getLoopbackAddress(), proxy.address().getPort())) {
      garbage.getOutputStream().write("GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      garbage.setSoTimeout(60_000);
      String answer = new String(garbage.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(answer).startsWith("HTTP/1.1 400").contains("<h1>400");
    }
  }

  /** A target that answers 200 with the path and how many body bytes it read. */
  private static HttpServer echoTarget() throws IOException {
    HttpServer echo = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    echo.createContext("/", exchange -> {
      long read;
      try (InputStream in = exchange.getRequestBody()) {
        read = in.transferTo(OutputStream.nullOutputStream());
      }
      byte[] body = (exchange.getRequestURI().getPath() + " " + read).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    echo.setExecutor(Executors.newCachedThreadPool()); // the stalled half bodies reach it too
    echo.start();
    return echo;
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

package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.runtime.ListAndDescribe;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The endpoint under callers that do not play by the rules: stalled connections, huge bodies, broken HTTP,
 * web pages. Every answer is the protocol's JSON error, and no caller holds up another. Timing is not
 * asserted here (the machine may be loaded): the other caller must succeed while the stalls are held, within
 * a generous timeout; how fast it is lives in BENCHMARKS.md.
 */
class HostileCallersTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String LIST_CLUSTERS = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
      + "X-Amz-Target: AmazonEC2ContainerServiceV20141113.ListClusters\r\n"
      + "Content-Type: application/x-amz-json-1.1\r\n";
  private InMemoryEcs ecs;
  private EcsApiServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();

  @BeforeEach
  void start() {
    ecs = InMemoryEcs.create(1);
    ecs.deploy(AwsSdkTest.shop());
    server = EcsApiServer.start(ecs);
  }

  @AfterEach
  void stop() {
    server.close();
    ecs.close();
  }

  @Test
  void sixteenStalledConnectionsDoNotHoldUpAnotherCaller() throws Exception {
    String host = "Host: 127.0.0.1:" + server.endpoint().getPort() + "\r\n";
    List<RawHttp> stalls = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        RawHttp stall = RawHttp.connect(server.endpoint());
        stalls.add(stall);
        switch (i % 3) {
          case 0 -> stall.send("P");
          case 1 -> stall.send("POST / HTTP/1.1\r\n" + host + "X-Amz-Target: AmazonEC2Cont");
          default -> stall.send("POST / HTTP/1.1\r\n" + host
              + "X-Amz-Target: AmazonEC2ContainerServiceV20141113.ListClusters\r\n"
              + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: 100\r\n\r\n{\"max");
        }
      }

      HttpResponse<String> other = listClusters();

      assertThat(other.statusCode()).isEqualTo(200);
      assertThat(Shapes.JSON.readTree(other.body()).path("clusterArns")).hasSize(1);
      assertThat(stalls.get(stalls.size() - 1).closedByServer(Duration.ofMillis(50)))
          .as("the stalls were still held while the other caller was answered").isFalse();
    } finally {
      for (RawHttp stall : stalls) {
        stall.close();
      }
    }
  }

  @Test
  void aOneGigabyteBodyIsRefusedBeforeItIsRead() throws Exception {
    try (RawHttp caller = RawHttp.connect(server.endpoint())) {
      caller.send(LIST_CLUSTERS + "Content-Length: 1073741824\r\n\r\n{\"maxResults\": 1");

      RawHttp.Response response = caller.response(PATIENCE);

      assertThat(response.status()).isEqualTo(413);
      assertThat(json(response.body()).path("__type").asText()).isEqualTo("ClientException");
      assertThat(json(response.body()).path("message").asText()).contains("larger than 1048576 bytes");
      assertThat(caller.closedByServer(PATIENCE)).as("the connection is closed; the rest is never read").isTrue();
    }
  }

  @Test
  void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws Exception {
    try (RawHttp caller = RawHttp.connect(server.endpoint())) {
      caller.send(LIST_CLUSTERS + "Transfer-Encoding: chunked\r\n\r\n");
      byte[] chunk = ("10000\r\n" + " ".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
      for (int i = 0; i < 16; i++) { // 16 × 64 KiB: exactly the limit, 1 MiB
        caller.send(chunk);
      }
      caller.send("1\r\n \r\n"); // one byte more, and no last chunk: the body never ends

      RawHttp.Response response = caller.response(PATIENCE);

      assertThat(response.status()).isEqualTo(413);
      assertThat(json(response.body()).path("__type").asText()).isEqualTo("ClientException");
    }
  }

  @Test
  void malformedHttpIsAnsweredWithTheProtocolsJsonError() throws Exception {
    int port = server.endpoint().getPort();
    List<String> requests = List.of(
        "GARBAGE\r\n\r\n",
        "\u0001\u0002\u0003 / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        LIST_CLUSTERS + "Content-Length: abc\r\n\r\n{}",
        LIST_CLUSTERS + "Content-Length: -5\r\n\r\n{}",
        LIST_CLUSTERS + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
        "POST // HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: 2\r\n\r\n{}",
        LIST_CLUSTERS + "X-Big: " + "a".repeat(20_000) + "\r\nContent-Length: 2\r\n\r\n{}");
    for (String request : requests) {
      try (RawHttp caller = RawHttp.connect(server.endpoint())) {
        RawHttp.Response response = caller.send(request).response(PATIENCE);

        assertThat(response.status()).as("%s", request.substring(0, Math.min(40, request.length())))
            .isBetween(400, 499);
        assertThat(response.hasHeader("Content-Type", "application/x-amz-json-1.1")).as(response.headers()).isTrue();
        assertThat(json(response.body()).path("__type").asText()).as(response.body()).isNotEmpty();
        assertThat(json(response.body()).path("message").asText()).isNotEmpty();
      }
    }
  }

  @Test
  void keepAliveServesManyCallsOnOneConnection() throws Exception {
    try (RawHttp caller = RawHttp.connect(server.endpoint())) {
      for (int i = 0; i < 3; i++) {
        RawHttp.Response response = caller.send(LIST_CLUSTERS.replace("127.0.0.1", "127.0.0.1:"
            + server.endpoint().getPort()) + "Content-Length: 2\r\n\r\n{}").response(PATIENCE);
        assertThat(response.status()).isEqualTo(200);
      }
    }
  }

  @Test
  void theClockEndpointTakesOnlyAJsonPostFromThisMachine() throws Exception {
    Instant before = ecs.clock().now();
    String url = "/_ecsdsl/advance";

    HttpResponse<String> get = http.send(HttpRequest.newBuilder(server.endpoint().resolve(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    // a web page's cross-site "simple" POST: text/plain needs no CORS preflight
    HttpResponse<String> textPlain = advance("text/plain", null);
    HttpResponse<String> form = advance("application/x-www-form-urlencoded", null);
    HttpResponse<String> otherOrigin = advance("application/json", "http://evil.example");
    HttpResponse<String> json = advance("application/json", null);

    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(textPlain.statusCode()).isEqualTo(415);
    assertThat(form.statusCode()).isEqualTo(415);
    assertThat(otherOrigin.statusCode()).isEqualTo(403);
    assertThat(json(otherOrigin.body()).path("__type").asText()).isEqualTo("AccessDeniedException");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(ecs.clock().now()).as("only the last call moved the clock").isEqualTo(before.plusSeconds(30));
  }

  @Test
  void aHostNameOtherThanTheLoopbackIsRefusedEvenWhenTheCallIsSigned() throws Exception {
    // DNS rebinding: a page at rebind.example, its name now resolving to 127.0.0.1, is same-origin to itself
    // and may send any header, a made-up SigV4 signature included (the endpoint does not verify signatures).
    try (RawHttp caller = RawHttp.connect(server.endpoint())) {
      RawHttp.Response response = caller.send("POST / HTTP/1.1\r\nHost: rebind.example:" + server.endpoint().getPort()
          + "\r\nX-Amz-Target: AmazonEC2ContainerServiceV20141113.CreateCluster\r\n"
          + "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/ecs/aws4_request, "
          + "SignedHeaders=host, Signature=00\r\nContent-Type: application/x-amz-json-1.1\r\n"
          + "Content-Length: 24\r\n\r\n{\"clusterName\": \"evil\"}\n").response(PATIENCE);

      assertThat(response.status()).isEqualTo(403);
      assertThat(json(response.body()).path("__type").asText()).isEqualTo("AccessDeniedException");
    }
    assertThat(ListAndDescribe.clusters(ecs.ecs())).noneMatch(c -> c.clusterName().equals("evil"));
    assertThat(LocalCallers.local("localhost:" + server.endpoint().getPort(), server.endpoint().getPort())).isTrue();
    assertThat(LocalCallers.local("127.0.0.1:1", server.endpoint().getPort())).isFalse();
  }

  private HttpResponse<String> advance(String contentType, String origin) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint().resolve("/_ecsdsl/advance"))
        .header("Content-Type", contentType).timeout(PATIENCE)
        .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": 30}"));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> listClusters() throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(server.endpoint().resolve("/")).timeout(PATIENCE)
        .header("X-Amz-Target", EcsApiServer.TARGET_PREFIX + "ListClusters")
        .header("Content-Type", "application/x-amz-json-1.1")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String body) throws IOException {
    return Shapes.JSON.readTree(body);
  }
}

package dev.ecsdsl.docker.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ecsdsl.control.agent.TargetCheck;
import dev.ecsdsl.control.agent.TargetCheckFailure;
import dev.ecsdsl.model.ElbProtocol;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real health checks against a local HTTP server. */
class TargetProbeTest {
  private HttpServer server;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/health", exchange -> {
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.createContext("/sick", exchange -> {
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static TargetCheck check(ElbProtocol protocol, String path, String matcher) {
    return new TargetCheck("arn:aws:ecs:us-east-1:123456789012:task/c/1", "app", "10.0.1.5", 0, protocol, path,
        matcher, Duration.ofSeconds(2));
  }

  @Test
  void aPathAnsweringAMatchingCodePasses() {
    assertThat(TargetProbe.probe(server.getAddress(), check(ElbProtocol.HTTP, "/health", "200-299"))).isEmpty();
  }

  @Test
  void anotherCodeIsAResponseCodeMismatchNamingTheCode() {
    assertThat(TargetProbe.probe(server.getAddress(), check(ElbProtocol.HTTP, "/sick", "200")))
        .contains(new TargetCheckFailure("Target.ResponseCodeMismatch", "Health checks failed with these codes: [503]"));
  }

  @Test
  void aMatcherThatIsNoListOfCodesFailsTheCheckSayingSo() {
    assertThat(TargetProbe.probe(server.getAddress(), check(ElbProtocol.HTTP, "/health", "ok")))
        .hasValueSatisfying(failure -> {
          assertThat(failure.reasonCode()).isEqualTo("Target.FailedHealthChecks");
          assertThat(failure.description()).contains("matcher 'ok'");
        });
  }

  @Test
  void aClosedPortFailsTheCheckAndTcpChecksOnlyConnect() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    Optional<TargetCheckFailure> refused = TargetProbe.probe(new InetSocketAddress(InetAddress.getLoopbackAddress(),
        closed), check(ElbProtocol.HTTP, "/health", "200"));

    assertThat(refused).map(TargetCheckFailure::reasonCode).contains("Target.FailedHealthChecks");
    assertThat(TargetProbe.probe(server.getAddress(), check(ElbProtocol.TCP, "/sick", "200"))).isEmpty();
  }
}

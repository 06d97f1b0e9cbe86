package dev.ecsdsl.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.api.EcsApiServer;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.runtime.EcsRuntime;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An injected {@link EcsApiServer} serves the test's own runtime and goes with it. */
@EcsTest(runtime = RuntimeKind.IN_MEMORY, seed = 5)
class ApiServerInjectionTest {
  @Deploy static EnvironmentBuilder small = TestEnvironments.inMemory();

  @Test
  void theServerFrontsTheTestsRuntime(EcsApiServer server, EcsRuntime runtime) throws Exception {
    assertThat(server.runtime()).isSameAs(runtime);
    HttpResponse<String> clusters = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint())
        .header("X-Amz-Target", EcsApiServer.TARGET_PREFIX + "ListClusters")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(clusters.body()).contains(":cluster/prod");

    java.time.Instant before = runtime.clock().now();
    server.advance(Duration.ofMinutes(1));
    assertThat(runtime.clock().now()).isEqualTo(before.plus(Duration.ofMinutes(1)));
  }
}

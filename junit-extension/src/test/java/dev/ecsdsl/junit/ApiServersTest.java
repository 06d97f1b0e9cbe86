package dev.ecsdsl.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.api.EcsApiServer;
import dev.ecsdsl.inmemory.InMemoryEcs;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ApiServersTest {

  @Test
  void oneServerPerRuntimeStoppedWhenItsRuntimeCloses() {
    try (InMemoryEcs ecs = InMemoryEcs.create(1)) {
      EcsApiServer server = ApiServers.serverFor(ecs);
      assertThat(ApiServers.serverFor(ecs)).isSameAs(server);

      ApiServers.closeFor(ecs);

      assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint())
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()))
          .as("nothing listens any more").isInstanceOf(IOException.class);
      assertThat(ApiServers.serverFor(ecs)).as("a new one on request").isNotSameAs(server);
      ApiServers.closeFor(ecs);
    }
  }
}

package dev.ecsdsl.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.transport.DockerHttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every engine call gets the response timeout that suits it: none waits for ever on a frozen engine. */
class TimedHttpClientTest {
  private final Map<DockerHttpClient, Duration> timeouts = new HashMap<>();
  private final TimedHttpClient client = new TimedHttpClient(timeout -> {
    DockerHttpClient transport = new DockerHttpClient() {
      @Override
      public Response execute(Request request) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void close() {}
    };
    timeouts.put(transport, timeout);
    return transport;
  });

  private Duration timeoutOf(String path) {
    return timeouts.get(client.route(path));
  }

  @Test
  void aPingGivesUpAfterFiveSeconds() {
    assertThat(timeoutOf("/_ping")).isEqualTo(Duration.ofSeconds(5));
    assertThat(timeoutOf("/v1.41/_ping")).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void callsThatLastAsLongAsAContainerLetsThemGetEcssLongestStopTimeoutAndAMargin() {
    assertThat(timeoutOf("/v1.41/containers/abc/stop?t=120")).isEqualTo(Duration.ofSeconds(150));
    assertThat(timeoutOf("/v1.41/containers/abc/wait")).isEqualTo(Duration.ofSeconds(150));
    assertThat(timeoutOf("/v1.41/build?t=ecs-dsl%2Fbusybox")).isEqualTo(Duration.ofSeconds(150));
    assertThat(timeoutOf("/v1.41/images/create?fromImage=busybox")).isEqualTo(Duration.ofSeconds(150));
    assertThat(timeoutOf("/v1.41/exec/abc/start")).isEqualTo(Duration.ofSeconds(150));
  }

  @Test
  void onlyTheEventStreamHasNoTimeoutAndEveryOtherCallHasThirtySeconds() {
    assertThat(timeouts).containsValue(null);
    assertThat(timeoutOf("/v1.41/events?filters=%7B%7D")).isNull();
    assertThat(timeoutOf("/v1.41/containers/create?name=x")).isEqualTo(Duration.ofSeconds(30));
    assertThat(timeoutOf("/v1.41/containers/abc/json")).isEqualTo(Duration.ofSeconds(30));
    assertThat(timeoutOf("/v1.41/containers/json?all=1")).isEqualTo(Duration.ofSeconds(30));
    assertThat(timeoutOf("/v1.41/containers/events-in-name/json")).isEqualTo(Duration.ofSeconds(30));
    assertThat(timeoutOf("/v1.41/containers/stopper/json")).isEqualTo(Duration.ofSeconds(30));
  }
}

package dev.ecsdsl.docker.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.NotFoundException;
import org.junit.jupiter.api.Test;

/** The engine's own words, without docker-java's wrapping. */
class EngineMessagesTest {

  @Test
  void theJsonMessageOfAnEngineErrorIsUnwrapped() {
    assertThat(EngineMessages.of(new NotFoundException("Status 404: {\"message\":\"No such image: app:1\"}\n")))
        .isEqualTo("No such image: app:1");
    assertThat(EngineMessages.of(new NotFoundException(
        "Status 500: {\"message\":\"Get \\\"https://registry-1.docker.io/v2/\\\": dial tcp: no such host\"}")))
        .isEqualTo("Get \"https://registry-1.docker.io/v2/\": dial tcp: no such host");
  }

  @Test
  void otherMessagesStayAsTheyAre() {
    assertThat(EngineMessages.of(new DockerClientException("Could not pull image: manifest unknown")))
        .isEqualTo("Could not pull image: manifest unknown");
    assertThat(EngineMessages.of(new IllegalStateException(new java.io.IOException("broken pipe"))))
        .isEqualTo("java.io.IOException: broken pipe");
    assertThat(EngineMessages.of(new IllegalStateException())).isEqualTo("IllegalStateException");
  }
}

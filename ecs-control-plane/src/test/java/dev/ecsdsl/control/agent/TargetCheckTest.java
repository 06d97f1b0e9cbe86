package dev.ecsdsl.control.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.model.ElbProtocol;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TargetCheckTest {
  private static TargetCheck matcher(String matcher) {
    return new TargetCheck("arn:aws:ecs:us-east-1:123456789012:task/c/1", "app", "10.0.1.5", 8080, ElbProtocol.HTTP,
        "/health", matcher, Duration.ofSeconds(5));
  }

  @Test
  void aMatcherIsACodeARangeOrAListOfThem() {
    assertThat(matcher("200").matches(200)).isTrue();
    assertThat(matcher("200").matches(204)).isFalse();
    assertThat(matcher("200-299").matches(299)).isTrue();
    assertThat(matcher("200-299").matches(300)).isFalse();
    assertThat(matcher("200, 302").matches(302)).isTrue();
    assertThat(matcher("200,302").matches(301)).isFalse();
  }

  @Test
  void aMatcherThatIsNoCodeSaysWhatItShouldBe() {
    assertThatThrownBy(() -> matcher("ok").matches(200)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ok'").hasMessageContaining("200-299");
  }
}

package dev.ecsdsl.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {
  @Test
  void aNewlineOrAnEscapeSequenceCannotStartALineOfItsOwn() {
    String forged = "subnet-1\n2024-01-01 INFO task started\r\u001b[2K\u0085\u2028";

    String escaped = LogText.escape(forged);

    assertThat(escaped).doesNotContain("\n", "\r", "\u001b", "\u0085", "\u2028")
        .isEqualTo("subnet-1\\n2024-01-01 INFO task started\\r\\u001b[2K\\u0085\\u2028");
  }

  @Test
  void aBackslashIsDoubledSoThatAnEscapedStringCannotPassForAnother() {
    assertThat(LogText.escape("a\\nb")).isEqualTo("a\\\\nb");
    assertThat(LogText.escape("a\nb")).isNotEqualTo(LogText.escape("a\\nb"));
  }

  @Test
  void aLongValueIsCutWithACount() {
    String escaped = LogText.escape("x".repeat(LogText.MAX_CHARS + 10));

    assertThat(escaped).startsWith("x".repeat(LogText.MAX_CHARS)).endsWith("…(10 more characters)");
    assertThat(LogText.escape(null)).isEqualTo("null");
    assertThat(LogText.escape("plain ünïcode")).isEqualTo("plain ünïcode");
  }
}

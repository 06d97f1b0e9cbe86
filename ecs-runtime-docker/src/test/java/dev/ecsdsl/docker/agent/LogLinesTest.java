package dev.ecsdsl.docker.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.StreamType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Frames of a container's output → lines, without an engine. */
class LogLinesTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aLineSpanningFramesIsOneLineAndAFrameWithManyLinesIsMany() {
    LogLines lines = new LogLines();
    lines.add(StreamType.STDOUT, bytes("hel"));
    lines.add(StreamType.STDOUT, bytes("lo\nwor"));
    lines.add(StreamType.STDOUT, bytes("ld\none\ntwo\n"));

    assertThat(lines.finish()).containsExactly("hello", "world", "one", "two");
  }

  @Test
  void stdoutAndStderrAreAssembledApartAndListedInTheOrderTheyEnd() {
    LogLines lines = new LogLines();
    lines.add(StreamType.STDOUT, bytes("out "));
    lines.add(StreamType.STDERR, bytes("err\n"));
    lines.add(StreamType.STDOUT, bytes("line\n"));

    assertThat(lines.finish()).containsExactly("err", "out line");
  }

  @Test
  void aTtysCarriageReturnGoesAndAnUnfinishedLastLineCounts() {
    LogLines lines = new LogLines();
    lines.add(StreamType.RAW, bytes("first\r\nlast without newline"));

    assertThat(lines.finish()).containsExactly("first", "last without newline");
  }

  @Test
  void aCharacterSplitBetweenFramesIsNotTorn() {
    byte[] word = bytes("grüße\n");
    LogLines lines = new LogLines();
    lines.add(StreamType.STDOUT, Arrays.copyOfRange(word, 0, 3));
    lines.add(StreamType.STDOUT, Arrays.copyOfRange(word, 3, word.length));

    assertThat(lines.finish()).containsExactly("grüße");
  }

  @Test
  void onlyTheNewestLinesAreKept() {
    LogLines lines = new LogLines(3);
    lines.add(StreamType.STDOUT, bytes("1\n2\n3\n4\n5\n"));

    assertThat(lines.finish()).containsExactly("3", "4", "5");
  }
}

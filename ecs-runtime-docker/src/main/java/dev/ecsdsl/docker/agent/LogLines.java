package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.model.StreamType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the frames of a container's output into lines. The engine's frames are chunks of a stream, not
 * lines: a line may span frames and a frame may hold many lines. Each stream (stdout, stderr, or the raw
 * stream of a container with a TTY) is assembled on its own, as bytes, so that neither a line nor a UTF-8
 * character split between frames is torn; a line ends at {@code \n}, a TTY's {@code \r\n} included. Only
 * the newest {@link #MAX_LINES} lines are kept.
 */
final class LogLines {
  /** How many lines of one container are kept at most: the newest. */
  static final int MAX_LINES = 10_000;
  private final int maxLines;
  private final ArrayDeque<String> lines = new ArrayDeque<>();
  private final Map<StreamType, ByteArrayOutputStream> partial = new EnumMap<>(StreamType.class);

  LogLines() {
    this(MAX_LINES);
  }

  LogLines(int maxLines) {
    this.maxLines = maxLines;
  }

  /** Adds a frame's payload of {@code stream}. */
  void add(StreamType stream, byte[] payload) {
    ByteArrayOutputStream line = partial.computeIfAbsent(stream, s -> new ByteArrayOutputStream());
    for (byte b : payload) {
      if (b == '\n') {
        complete(line);
      } else {
        line.write(b);
      }
    }
  }

  /** The lines so far, oldest first, with each stream's unfinished last line as a line of its own. */
  List<String> finish() {
    partial.values().forEach(line -> {
      if (line.size() > 0) {
        complete(line);
      }
    });
    return List.copyOf(lines);
  }

  private void complete(ByteArrayOutputStream line) {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    lines.addLast(text);
    if (lines.size() > maxLines) {
      lines.removeFirst();
    }
  }
}

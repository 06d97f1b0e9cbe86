package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.exception.DockerException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's own words for a failed call. docker-java wraps them as {@code Status 404: {"message":"…"}};
 * ECS's reasons quote the engine, so the wrapper goes.
 */
final class EngineMessages {
  private static final Pattern JSON_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private EngineMessages() {}

  /** The engine's message in {@code failure}, else the failure's own message, else its type. */
  static String of(Throwable failure) {
    String message = failure.getMessage();
    if (message == null || message.isBlank()) {
      Throwable cause = failure.getCause();
      return cause != null && cause != failure ? of(cause) : failure.getClass().getSimpleName();
    }
    Matcher json = JSON_MESSAGE.matcher(message);
    if (json.find()) {
      return unescape(json.group(1));
    }
    if (failure instanceof DockerException) {
      return message.replaceFirst("^Status \\d+:\\s*", "").strip();
    }
    return message.strip();
  }

  private static String unescape(String json) {
    StringBuilder text = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c != '\\' || i + 1 == json.length()) {
        text.append(c);
        continue;
      }
      char next = json.charAt(++i);
      switch (next) {
        case 'n' -> text.append('\n');
        case 't' -> text.append('\t');
        case 'u' -> {
          if (i + 4 < json.length()) {
            text.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
            i += 4;
          }
        }
        default -> text.append(next);
      }
    }
    return text.toString();
  }
}

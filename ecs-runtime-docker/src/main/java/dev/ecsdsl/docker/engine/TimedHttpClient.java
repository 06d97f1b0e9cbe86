package dev.ecsdsl.docker.engine;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One Docker client whose every call has a response timeout that suits it, so that a frozen engine fails a
 * call instead of hanging it: docker-java's transports take one timeout for all calls, so this routes each
 * request, by its path, to one of four transports that differ only in that timeout.
 *
 * <ul>
 *   <li>{@code /_ping}: {@value #PING_SECONDS} s, what the engine watch and {@link DockerEngine#available}
 *       use;
 *   <li>calls that take as long as a container or a build lets them ({@code stop}, {@code wait}, {@code
 *       restart}, {@code attach}, exec {@code start}, {@code build}, image {@code create} (pull) and {@code
 *       load}): {@value #LONG_SECONDS} s, ECS's longest container stop timeout (120 s) and a margin;
 *   <li>the event stream ({@code /events}), a subscription that is quiet for as long as nothing happens: no
 *       response timeout; the engine watch notices an engine that stops answering and closes it;
 *   <li>every other call: {@value #CALL_SECONDS} s.
 * </ul>
 */
final class TimedHttpClient implements DockerHttpClient {
  static final long PING_SECONDS = 5;
  static final long CALL_SECONDS = 30;
  static final long LONG_SECONDS = 150;
  private static final Pattern PING = Pattern.compile("(/v[0-9.]+)?/_ping");
  private static final Pattern EVENTS = Pattern.compile("(/v[0-9.]+)?/events([?].*)?");
  private static final Pattern LONG = Pattern.compile("(/v[0-9.]+)?/(containers/[^/]+/(stop|wait|restart|attach)"
      + "|exec/[^/]+/start|build|images/create|images/load)([?].*)?");
  private final DockerHttpClient ping;
  private final DockerHttpClient call;
  private final DockerHttpClient longCall;
  private final DockerHttpClient stream;

  /** Transports made by {@code transport}, given the response timeout (null: none). */
  TimedHttpClient(Function<Duration, DockerHttpClient> transport) {
    this.ping = transport.apply(Duration.ofSeconds(PING_SECONDS));
    this.call = transport.apply(Duration.ofSeconds(CALL_SECONDS));
    this.longCall = transport.apply(Duration.ofSeconds(LONG_SECONDS));
    this.stream = transport.apply(null);
  }

  @Override
  public Response execute(Request request) {
    return route(request.path()).execute(request);
  }

  /** The transport for a request to {@code path}. */
  DockerHttpClient route(String path) {
    Objects.requireNonNull(path, "path");
    if (PING.matcher(path).matches()) {
      return ping;
    }
    if (EVENTS.matcher(path).matches()) {
      return stream;
    }
    return LONG.matcher(path).matches() ? longCall : call;
  }

  /** The transports, in the order ping, call, long call, stream (for tests). */
  List<DockerHttpClient> transports() {
    return List.of(ping, call, longCall, stream);
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (DockerHttpClient transport : transports()) {
      try {
        transport.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}

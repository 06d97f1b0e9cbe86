package dev.ecsdsl.docker.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The local Docker engine: where it is ({@code DOCKER_HOST}, else the default socket
 * {@code unix:///var/run/docker.sock}, as docker-java's {@link DefaultDockerClientConfig} reads them) and a
 * client that has been seen to answer.
 *
 * <pre>{@code
 * if (DockerEngine.available()) {
 *   try (DockerClient docker = DockerEngine.connect()) { ... }
 * }
 * }</pre>
 */
public final class DockerEngine {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration PING_TIMEOUT = Duration.ofSeconds(10);
  private static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

  private DockerEngine() {}

  /**
   * A client of the engine, after a ping it answered. Every call has a response timeout: 5 s for a ping, 150 s
   * for the calls that last as long as a container lets them ({@code stop}, {@code wait}, builds and pulls),
   * 30 s for the others; only the event stream has none (the Docker agent watches the engine for it). Close
   * the client when done.
   *
   * @return the client
   * @throws DockerUnavailableException when no engine answers, saying where this looked and how to start one
   */
  public static DockerClient connect() {
    DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().build();
    ping(config);
    return DockerClientImpl.getInstance(config, new TimedHttpClient(timeout -> transport(config, timeout)));
  }

  /**
   * Where this process looks for the engine: {@code DOCKER_HOST}, else the default socket.
   *
   * @return the engine's address, e.g. {@code unix:///var/run/docker.sock}
   */
  public static String address() {
    try {
      return String.valueOf(DefaultDockerClientConfig.createDefaultConfigBuilder().build().getDockerHost());
    } catch (RuntimeException e) {
      return "DOCKER_HOST (unusable: " + e.getMessage() + ")";
    }
  }

  /** A transport with the given response timeout; none when {@code responseTimeout} is null. */
  private static DockerHttpClient transport(DockerClientConfig config, Duration responseTimeout) {
    ZerodepDockerHttpClient.Builder builder = new ZerodepDockerHttpClient.Builder()
        .dockerHost(config.getDockerHost())
        .sslConfig(config.getSSLConfig())
        .connectionTimeout(CONNECT_TIMEOUT);
    return (responseTimeout == null ? builder : builder.responseTimeout(responseTimeout)).build();
  }

  /**
   * Whether an engine answers.
   *
   * @return true when an engine answers
   */
  public static boolean available() {
    return unavailableReason().isEmpty();
  }

  /**
   * Why no engine answers, or empty when one does.
   *
   * @return the reason, or empty
   */
  public static Optional<String> unavailableReason() {
    try {
      ping(DefaultDockerClientConfig.createDefaultConfigBuilder().build());
      return Optional.empty();
    } catch (DockerUnavailableException e) {
      return Optional.of(e.getMessage());
    } catch (RuntimeException e) {
      return Optional.of("the Docker client configuration is unusable: " + e.getMessage());
    }
  }

  /** Pings with a client of its own that gives up after a few seconds. */
  private static void ping(DockerClientConfig config) {
    DockerHttpClient http = transport(config, PING_TIMEOUT);
    try (DockerClient client = DockerClientImpl.getInstance(config, http)) {
      client.pingCmd().exec();
    } catch (IOException | RuntimeException e) {
      throw new DockerUnavailableException(whereLooked(config) + " did not answer (" + describe(e) + "). "
          + "Run bin/setup-docker, or start dockerd (or point DOCKER_HOST at a running engine).", e);
    }
  }

  private static String whereLooked(DockerClientConfig config) {
    String host = String.valueOf(config.getDockerHost());
    return "No Docker engine: " + host
        + (DEFAULT_HOST.equals(host) ? " (the default socket; DOCKER_HOST is not set)" : " (from DOCKER_HOST)");
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
  }
}

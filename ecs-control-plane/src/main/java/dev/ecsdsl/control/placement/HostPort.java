package dev.ecsdsl.control.placement;

import dev.ecsdsl.model.TransportProtocol;
import java.util.Objects;

/**
 * A static host port a task needs: a {@code bridge} port mapping with a {@code hostPort} above 0,
 * or a port of a {@code host} network mode task.
 *
 * @param port 1-65535
 * @param protocol TCP or UDP
 */
public record HostPort(int port, TransportProtocol protocol) {

  /**
   * Rejects ports outside 1-65535 and a null protocol.
   *
   * @param port the port, 1-65535
   * @param protocol TCP or UDP, not null
   */
  public HostPort {
    Objects.requireNonNull(protocol, "protocol");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("host port must be 1-65535, found " + port);
    }
  }

  /**
   * A TCP host port.
   *
   * @param port the port, 1-65535
   * @return the host port
   */
  public static HostPort tcp(int port) {
    return new HostPort(port, TransportProtocol.TCP);
  }

  /**
   * A UDP host port.
   *
   * @param port the port, 1-65535
   * @return the host port
   */
  public static HostPort udp(int port) {
    return new HostPort(port, TransportProtocol.UDP);
  }

  /** {@code 80/tcp}. */
  @Override
  public String toString() {
    return port + "/" + protocol.name().toLowerCase(java.util.Locale.ROOT);
  }
}

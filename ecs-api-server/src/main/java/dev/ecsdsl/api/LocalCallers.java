package dev.ecsdsl.api;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.HostPort;

/**
 * Who may call the endpoint: programs on this machine that name it as {@code 127.0.0.1:<port>} or {@code
 * localhost:<port>} (or without the port), and no web page. The endpoint listens on 127.0.0.1 only, but a browser on this machine
 * reaches that too: a page of another site could POST to it, and a page whose own host name resolves to
 * 127.0.0.1 (DNS rebinding) could even read the answers. So a request whose {@code Host} names another host is
 * refused, and so is one that carries an {@code Origin} other than the endpoint's own: the AWS SDKs and CLI
 * send no {@code Origin}, browsers always do on a cross-site POST. This holds for SigV4-signed calls as well,
 * since the endpoint does not verify signatures (a page could sign with any key).
 */
final class LocalCallers {
  private static final Set<String> LOCAL_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  private LocalCallers() {}

  /**
   * Why the request is refused, or empty when it comes from a local program.
   *
   * @param request the request
   * @param port the port the endpoint listens on
   * @return the refusal's message, or empty
   */
  static Optional<String> refusal(Request request, int port) {
    String host = request.getHeaders().get(HttpHeader.HOST);
    if (host != null && !local(host, port)) {
      return Optional.of("the endpoint serves 127.0.0.1:" + port + " and localhost:" + port
          + " only; this request names host '" + host + "'");
    }
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin != null && !origin.equals("http://127.0.0.1:" + port) && !origin.equals("http://localhost:" + port)) {
      return Optional.of("calls from web pages are refused (Origin '" + origin + "')");
    }
    return Optional.empty();
  }

  /** Whether {@code host} (a Host header) names this machine's loopback at {@code port}. */
  static boolean local(String host, int port) {
    HostPort parsed;
    try {
      parsed = new HostPort(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return LOCAL_NAMES.contains(parsed.getHost().toLowerCase(Locale.ROOT))
        && (!parsed.hasPort() || parsed.getPort() == port);
  }
}

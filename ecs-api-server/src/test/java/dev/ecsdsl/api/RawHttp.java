package dev.ecsdsl.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * A plain TCP connection to a server, for what no HTTP client sends: half a request, a garbage request line,
 * a wrong Content-Length. {@link #response} reads one answer (status line, headers, a body of Content-Length
 * bytes).
 */
final class RawHttp implements AutoCloseable {
  private final Socket socket;

  private RawHttp(Socket socket) {
    this.socket = socket;
  }

  static RawHttp connect(URI endpoint) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 10_000);
    socket.setTcpNoDelay(true);
    return new RawHttp(socket);
  }

  RawHttp send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  RawHttp send(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
    return this;
  }

  /** Reads one response, waiting at most {@code patience} for each read. */
  Response response(Duration patience) throws IOException {
    socket.setSoTimeout((int) patience.toMillis());
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the connection closed after " + head.size() + " bytes: " + head);
      }
      head.write(b);
      matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
          ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String headers = head.toString(StandardCharsets.ISO_8859_1);
    int status = Integer.parseInt(headers.substring(9, 12));
    int length = 0;
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).strip());
      }
    }
    byte[] body = in.readNBytes(length);
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  /** Whether the server closed the connection (EOF within {@code patience}); false if it is still open. */
  boolean closedByServer(Duration patience) throws IOException {
    socket.setSoTimeout((int) patience.toMillis());
    try {
      return socket.getInputStream().read() < 0;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true; // reset
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  /** One answer: status, the header block as text, the body. */
  record Response(int status, String headers, String body) {
    boolean hasHeader(String name, String value) {
      return headers.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT) + ": "
          + value.toLowerCase(Locale.ROOT));
    }
  }
}

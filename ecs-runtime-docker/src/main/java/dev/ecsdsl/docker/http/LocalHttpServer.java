package dev.ecsdsl.docker.http;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BiFunction;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An embedded Jetty server with the limits every HTTP server of the Docker runtime has (the task endpoints,
 * the load balancers' HTTP listeners): waiting callers cost a connection, not a thread (Jetty reads requests
 * without blocking); a connection silent for the idle timeout is closed; request line and headers are capped;
 * at most {@value #MAX_CONNECTIONS} connections are open at once; the errors Jetty answers by itself (a garbage
 * request line, a bad {@code Content-Length}, headers over the cap) have the server's own body, not Jetty's
 * HTML page. Internal to the Docker runtime, not an API.
 */
public final class LocalHttpServer implements AutoCloseable {
  /** The most connections open at once; more wait in the accept queue. */
  public static final int MAX_CONNECTIONS = 512;
  private final Server server;
  private final InetSocketAddress address;

  private LocalHttpServer(Server server, ServerConnector connector) {
    this.server = server;
    this.address = new InetSocketAddress(connector.getHost(), connector.getLocalPort());
  }

  /**
   * Starts a server on {@code host}, an ephemeral port.
   *
   * @param name names its threads
   * @param host the address to listen on
   * @param idleTimeout how long a connection may be silent
   * @param maxHeaderBytes the most bytes of request line and headers
   * @param maxThreads the most threads handling requests
   * @param handler handles each request
   * @param errorBody the body and content type ({@code [contentType, body]}) of an error Jetty answers itself,
   *     given its status and reason
   * @return the running server
   * @throws IllegalStateException when it cannot listen there
   */
  public static LocalHttpServer start(String name, String host, Duration idleTimeout, int maxHeaderBytes,
      int maxThreads, Handler handler, BiFunction<Integer, String, String[]> errorBody) {
    QueuedThreadPool threads = new QueuedThreadPool(maxThreads, 2);
    threads.setName(name);
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration config = new HttpConfiguration();
    config.setRequestHeaderSize(maxHeaderBytes);
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
    connector.setHost(host);
    connector.setPort(0);
    connector.setIdleTimeout(idleTimeout.toMillis());
    connector.setAcceptedTcpNoDelay(true);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
    server.setErrorHandler(new OwnErrors(errorBody));
    server.setHandler(handler);
    try {
      server.start();
    } catch (Exception e) {
      try {
        server.stop();
      } catch (Exception stopping) {
        e.addSuppressed(stopping);
      }
      throw new IllegalStateException("cannot listen on " + host + ": " + e.getMessage(), e);
    }
    return new LocalHttpServer(server, connector);
  }

  /**
   * Where the server listens.
   *
   * @return the address and port
   */
  public InetSocketAddress address() {
    return address;
  }

  /**
   * Writes a whole answer: status, content type, length and body.
   *
   * @param response the response
   * @param callback completes when written
   * @param status the HTTP status
   * @param contentType the content type
   * @param body the body
   */
  public static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** Stops accepting, closes the connections and ends the threads. Safe to call twice. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("stopping the server failed: " + e.getMessage(), e);
    }
  }

  /** Jetty's own errors with the server's body. */
  private static final class OwnErrors extends ErrorHandler {
    private final BiFunction<Integer, String, String[]> body;

    OwnErrors(BiFunction<Integer, String, String[]> body) {
      this.body = body;
    }

    @Override
    public boolean errorPageForMethod(String method) {
      return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
        Callback callback) {
      String[] answer = body.apply(code, message);
      send(response, callback, code, answer[0], answer[1].getBytes(StandardCharsets.UTF_8));
    }
  }
}

package dev.ecsdsl.docker.elb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A network load balancer's TCP listener on 127.0.0.1: each connection goes to the target the {@link
 * TargetRouter} picks for it and bytes flow both ways until either side closes. A connection without a
 * target, or whose target refuses it, is closed at once (an NLB resets it). As an NLB, a connection on which
 * no byte has gone either way for the idle timeout (NLB's TCP idle timeout, 350 s) is closed. At most {@value
 * #MAX_CONNECTIONS} connections are served at once; one more is closed at once.
 */
final class TcpListenerProxy implements ListenerProxy {
  /** NLB's idle timeout of TCP flows. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(350);
  static final int MAX_CONNECTIONS = 512;
  private static final Logger LOG = LoggerFactory.getLogger(TcpListenerProxy.class);
  private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
  private final String loadBalancer;
  private final int listenerPort;
  private final TargetRouter router;
  private final ServerSocket server;
  private final ExecutorService executor;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Duration idleTimeout;
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean closed;

  TcpListenerProxy(String loadBalancer, int listenerPort, TargetRouter router, ExecutorService executor)
      throws IOException {
    this(loadBalancer, listenerPort, router, executor, IDLE_TIMEOUT);
  }

  TcpListenerProxy(String loadBalancer, int listenerPort, TargetRouter router, ExecutorService executor,
      Duration idleTimeout) throws IOException {
    this.idleTimeout = idleTimeout;
    this.loadBalancer = loadBalancer;
    this.listenerPort = listenerPort;
    this.router = router;
    this.executor = executor;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    executor.execute(this::accept);
  }

  @Override
  public InetSocketAddress address() {
    return (InetSocketAddress) server.getLocalSocketAddress();
  }

  private void accept() {
    while (!closed) {
      Socket client = null;
      try {
        client = server.accept();
        if (connections.incrementAndGet() > MAX_CONNECTIONS) {
          connections.decrementAndGet();
          LOG.debug("listener {}:{} has {} connections; one more is refused", loadBalancer, listenerPort,
              MAX_CONNECTIONS);
          close(client);
          continue;
        }
        open.add(client);
        Socket accepted = client;
        executor.execute(() -> connect(accepted));
      } catch (IOException | RejectedExecutionException e) {
        if (client != null) {
          open.remove(client);
          close(client);
        }
        if (!closed) {
          LOG.warn("the listener {}:{} stopped accepting: {}", loadBalancer, listenerPort, e.toString());
        }
        return;
      }
    }
  }

  private void connect(Socket client) {
    Optional<InetSocketAddress> target = Optional.empty();
    try {
      target = router.route(loadBalancer, listenerPort, "", "");
    } catch (RuntimeException e) {
      LOG.debug("routing a connection to {}:{} failed", loadBalancer, listenerPort, e);
    }
    if (target.isEmpty()) {
      close(client);
      connections.decrementAndGet();
      return;
    }
    Socket upstream = new Socket();
    open.add(upstream);
    try {
      upstream.connect(target.get(), CONNECT_TIMEOUT_MILLIS);
    } catch (IOException e) {
      LOG.debug("target {} of {} refused a connection: {}", target.get(), loadBalancer, e.toString());
      close(upstream);
      close(client);
      connections.decrementAndGet();
      return;
    }
    Flow flow = new Flow(client, upstream);
    try {
      executor.execute(() -> pump(upstream, client, flow));
    } catch (RejectedExecutionException e) {
      flow.end();
      return;
    }
    pump(client, upstream, flow);
  }

  /** One connection's two directions: when both have ended, or either failed, both sockets are closed once. */
  private final class Flow {
    private final Socket client;
    private final Socket upstream;
    private final AtomicInteger directionsEnded = new AtomicInteger();
    private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());
    private final java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();

    Flow(Socket client, Socket upstream) {
      this.client = client;
      this.upstream = upstream;
    }

    void directionEnded() {
      if (directionsEnded.incrementAndGet() == 2) {
        end();
      }
    }

    void end() {
      if (over.compareAndSet(false, true)) {
        close(client);
        close(upstream);
        connections.decrementAndGet();
      }
    }
  }

  /**
   * Copies {@code from} to {@code to} until {@code from} ends, then half-closes {@code to}; closes both once
   * no byte has moved either way (the flow's last activity, shared by the two directions) for the idle timeout.
   */
  private void pump(Socket from, Socket to, Flow flow) {
    byte[] buffer = new byte[8192];
    try {
      from.setSoTimeout((int) Math.max(1, Math.min(idleTimeout.toMillis() / 4, 10_000)));
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int n;
      while (true) {
        try {
          n = in.read(buffer);
        } catch (SocketTimeoutException quiet) {
          if (System.nanoTime() - flow.lastActivity.get() >= idleTimeout.toNanos()) {
            throw new IOException("idle for " + idleTimeout.toSeconds() + " s");
          }
          continue;
        }
        if (n < 0) {
          break;
        }
        flow.lastActivity.set(System.nanoTime());
        out.write(buffer, 0, n);
        out.flush();
      }
      to.shutdownOutput();
      flow.directionEnded();
    } catch (IOException e) {
      flow.end();
    }
  }

  private void close(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException e) {
      LOG.debug("closing a socket failed", e);
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      LOG.debug("closing listener {}:{} failed", loadBalancer, listenerPort, e);
    }
    open.forEach(this::close);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

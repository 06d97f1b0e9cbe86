package dev.ecsdsl.docker.elb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A network load balancer's TCP listener on 127.0.0.1: each connection goes to the target the {@link
 * TargetRouter} picks for it and bytes flow both ways until either side closes. A connection without a
 * target, or whose target refuses it, is closed at once (an NLB resets it).
 */
final class TcpListenerProxy implements ListenerProxy {
  private static final Logger LOG = LoggerFactory.getLogger(TcpListenerProxy.class);
  private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
  private final String loadBalancer;
  private final int listenerPort;
  private final TargetRouter router;
  private final ServerSocket server;
  private final ExecutorService executor;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  TcpListenerProxy(String loadBalancer, int listenerPort, TargetRouter router, ExecutorService executor)
      throws IOException {
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
      return;
    }
    AtomicInteger ended = new AtomicInteger();
    Runnable oneWayEnded = () -> {
      if (ended.incrementAndGet() == 2) {
        close(client);
        close(upstream);
      }
    };
    try {
      executor.execute(() -> pump(upstream, client, oneWayEnded));
    } catch (RejectedExecutionException e) {
      close(upstream);
      close(client);
      return;
    }
    pump(client, upstream, oneWayEnded);
  }

  /** Copies {@code from} to {@code to} until {@code from} ends, then half-closes {@code to}. */
  private void pump(Socket from, Socket to, Runnable ended) {
    byte[] buffer = new byte[8192];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        out.flush();
      }
      to.shutdownOutput();
      ended.run();
    } catch (IOException e) {
      close(from);
      close(to);
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

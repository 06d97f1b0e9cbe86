package dev.ecsdsl.docker;

import dev.ecsdsl.docker.engine.DockerEngine;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The local engine behind a TCP proxy on 127.0.0.1 that a test can freeze, as {@code kill -STOP dockerd}
 * would, without stopping the shared engine for everyone else: while frozen, connections are still accepted
 * (by the kernel, as for a stopped process) but no byte goes either way; thawed, what was held goes on. It
 * notes the request lines callers sent, so a test can tell what reached the engine.
 */
final class FreezableEngine implements AutoCloseable {
  private final ServerSocket server;
  private final SocketAddress engine;
  private final Set<AutoCloseable> open = ConcurrentHashMap.newKeySet();
  private final List<String> requestLines = new CopyOnWriteArrayList<>();
  private final Object gate = new Object();
  private volatile boolean frozen;
  private volatile boolean closed;

  FreezableEngine() throws IOException {
    URI address = URI.create(DockerEngine.address());
    this.engine = "unix".equals(address.getScheme()) ? UnixDomainSocketAddress.of(address.getPath())
        : new InetSocketAddress(address.getHost(), address.getPort());
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "freezable-engine-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@code tcp://127.0.0.1:<port>}, for {@code DOCKER_HOST}. */
  String dockerHost() {
    return "tcp://127.0.0.1:" + server.getLocalPort();
  }

  void freeze() {
    frozen = true;
  }

  void thaw() {
    synchronized (gate) {
      frozen = false;
      gate.notifyAll();
    }
  }

  /** The request lines ({@code POST /v1.41/containers/create?…}) callers sent, in order, frozen or not. */
  List<String> requestLines() {
    return List.copyOf(requestLines);
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = server.accept();
        open.add(client);
        SocketChannel upstream = SocketChannel.open(engine);
        open.add(upstream);
        // Not Channels.newInputStream/newOutputStream: on one channel they share a lock, so a blocked read
        // would hold up every write.
        start(() -> pump(client.getInputStream(), bytes -> {
          ByteBuffer buffer = ByteBuffer.wrap(bytes);
          while (buffer.hasRemaining()) {
            upstream.write(buffer);
          }
        }, upstream::shutdownOutput, true));
        start(() -> pump(channelInput(upstream), bytes -> {
          client.getOutputStream().write(bytes);
          client.getOutputStream().flush();
        }, client::shutdownOutput, false));
      } catch (IOException e) {
        if (!closed) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private interface Pump {
    void run() throws IOException, InterruptedException;
  }

  private interface Sink {
    void write(byte[] bytes) throws IOException;
  }

  private interface End {
    void run() throws IOException;
  }

  private static InputStream channelInput(SocketChannel channel) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        return channel.read(ByteBuffer.wrap(bytes, offset, length));
      }
    };
  }

  private void start(Pump pump) {
    Thread thread = new Thread(() -> {
      try {
        pump.run();
      } catch (IOException | InterruptedException e) {
        // the connection ended
      }
    }, "freezable-engine-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private void pump(InputStream in, Sink out, End end, boolean fromCaller) throws IOException, InterruptedException {
    byte[] buffer = new byte[65536];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      if (fromCaller) {
        noteRequestLines(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
      }
      synchronized (gate) {
        while (frozen && !closed) {
          gate.wait();
        }
      }
      out.write(java.util.Arrays.copyOf(buffer, n));
    }
    end.run();
  }

  private void noteRequestLines(String text) {
    for (String line : text.split("\r\n")) {
      if (line.matches("(GET|POST|DELETE|PUT|HEAD) /\\S* HTTP/1\\.[01]")) {
        requestLines.add(line);
      }
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    thaw();
    server.close();
    for (AutoCloseable socket : open) {
      try {
        socket.close();
      } catch (Exception e) {
        // closing anyway
      }
    }
  }
}

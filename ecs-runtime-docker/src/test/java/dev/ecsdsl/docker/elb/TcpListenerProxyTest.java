package dev.ecsdsl.docker.elb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The NLB proxy against a local echo server standing in for a task. */
class TcpListenerProxyTest {
  private final ExecutorService echoThreads = Executors.newCachedThreadPool();
  private ServerSocket echo;
  private TcpListenerProxy proxy;

  @AfterEach
  void stop() throws IOException {
    if (proxy != null) {
      proxy.close();
    }
    if (echo != null) {
      echo.close();
    }
    echoThreads.shutdownNow();
  }

  @Test
  void aConnectionIdleForTheIdleTimeoutIsClosedAndABusyOneIsNot() throws Exception {
    echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    echoThreads.execute(this::echo);
    // NLB's idle timeout is 350 s; a short one here, with a busy connection that talks well within it
    proxy = new TcpListenerProxy("nlb", 9000, (lb, port, host, path) -> Optional.of(
        new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), echo.getLocalPort())),
        Executors.newCachedThreadPool(), Duration.ofSeconds(4));

    try (Socket idle = connect(); Socket busy = connect()) {
      for (int i = 0; i < 10; i++) {
        busy.getOutputStream().write('x');
        assertThat(busy.getInputStream().read()).as("the busy connection echoes").isEqualTo('x');
        Thread.sleep(100);
      }
      idle.setSoTimeout(60_000);

      assertThat(idle.getInputStream().read()).as("the idle connection is closed").isEqualTo(-1);
    }
  }

  private Socket connect() throws IOException {
    return new Socket(InetAddress.getLoopbackAddress(), proxy.address().getPort());
  }

  private void echo() {
    while (!echo.isClosed()) {
      try {
        Socket socket = echo.accept();
        echoThreads.execute(() -> {
          try (socket) {
            socket.getInputStream().transferTo(socket.getOutputStream());
          } catch (IOException e) {
            // the proxy closed it
          }
        });
      } catch (SocketTimeoutException e) {
        // again
      } catch (IOException e) {
        return;
      }
    }
  }
}

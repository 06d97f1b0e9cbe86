package dev.ecsdsl.docker.elb;

import java.net.InetSocketAddress;

/** One listener of a load balancer, served on 127.0.0.1. */
interface ListenerProxy extends AutoCloseable {
  /** Where clients connect. */
  InetSocketAddress address();

  /** Stops accepting, ends open connections and the proxy's threads. */
  @Override
  void close();
}

package dev.ecsdsl.docker.elb;

import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.ElbProtocol;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Listener;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.LoadBalancerType;
import dev.ecsdsl.runtime.ListenerNotFoundException;
import dev.ecsdsl.runtime.LoadBalancerNotFoundException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load balancers of a description, served on this machine: every listener of an application load
 * balancer is an HTTP reverse proxy on 127.0.0.1 ({@link HttpListenerProxy}), every TCP or TLS listener
 * of a network load balancer a TCP proxy ({@link TcpListenerProxy}); a classic load balancer's listener is
 * one or the other by its protocol. Each listens on a port of its own, which {@link #endpoint} tells.
 * UDP listeners are not served.
 */
public final class LocalLoadBalancers implements AutoCloseable {
  private final Map<String, ListenerProxy> proxies = new LinkedHashMap<>();
  private final Environment environment;

  private LocalLoadBalancers(Environment environment) {
    this.environment = environment;
  }

  /**
   * Starts a proxy for every listener of {@code environment}'s load balancers; on failure closes those
   * already started.
   *
   * @param environment the environment whose load balancers to serve
   * @param router picks the target of each request
   * @param runId names the proxies' threads
   * @return the started proxies; close them to stop
   * @throws IllegalStateException when a listener cannot listen on 127.0.0.1
   */
  public static LocalLoadBalancers start(Environment environment, TargetRouter router, String runId) {
    LocalLoadBalancers balancers = new LocalLoadBalancers(environment);
    try {
      for (LoadBalancer lb : environment.loadBalancers()) {
        for (Listener listener : lb.listeners()) {
          if (protocol(lb, listener) == ElbProtocol.UDP) {
            continue;
          }
          balancers.proxies.put(key(lb.name(), listener.port()), proxy(lb, listener, router, runId));
        }
      }
      return balancers;
    } catch (IOException | IllegalStateException e) {
      balancers.close();
      throw new IllegalStateException("a load balancer listener cannot listen on 127.0.0.1: " + e.getMessage(), e);
    }
  }

  private static ListenerProxy proxy(LoadBalancer lb, Listener listener, TargetRouter router, String runId)
      throws IOException {
    String threads = "ecs-dsl-" + runId + "-elb-" + lb.name() + "-" + listener.port() + "-";
    ElbProtocol protocol = protocol(lb, listener);
    if (protocol == ElbProtocol.HTTP || protocol == ElbProtocol.HTTPS) {
      return new HttpListenerProxy(lb.name(), listener.port(), router, threads + "http");
    }
    return new TcpListenerProxy(lb.name(), listener.port(), router, Executors.newCachedThreadPool(named(threads)));
  }

  /** The listener's protocol: its own, else HTTP on application and TCP on network load balancers. */
  private static ElbProtocol protocol(LoadBalancer lb, Listener listener) {
    if (lb.type() == LoadBalancerType.APPLICATION) {
      return ElbProtocol.HTTP;
    }
    return listener.protocol().orElse(lb.type() == LoadBalancerType.NETWORK ? ElbProtocol.TCP : ElbProtocol.HTTP);
  }

  /**
   * Where listener {@code port} of load balancer {@code loadBalancer} (name or ARN) is served.
   *
   * @param loadBalancer the load balancer's name or ARN
   * @param port the listener's port
   * @return the proxy's address on 127.0.0.1
   * @throws LoadBalancerNotFoundException for a load balancer the description does not have
   * @throws ListenerNotFoundException for a listener it does not have, and for a UDP listener, which is not served
   */
  public InetSocketAddress endpoint(String loadBalancer, int port) {
    LoadBalancer lb = environment.loadBalancer(Arns.name(loadBalancer)).orElseThrow(() ->
        new LoadBalancerNotFoundException("One or more load balancers not found: " + loadBalancer));
    ListenerProxy proxy = proxies.get(key(lb.name(), port));
    if (proxy == null) {
      boolean udp = lb.listeners().stream().anyMatch(l -> l.port() == port);
      throw new ListenerNotFoundException(udp
          ? "Listener " + port + " of load balancer " + lb.name() + " is UDP, which is not served locally"
          : "Load balancer " + lb.name() + " has no listener on port " + port);
    }
    return proxy.address();
  }

  /** Stops every proxy: no more connections, open ones closed, threads ended. Safe to call twice. */
  @Override
  public synchronized void close() {
    List<ListenerProxy> all = new ArrayList<>(proxies.values());
    proxies.clear();
    all.forEach(ListenerProxy::close);
  }

  private static String key(String loadBalancer, int port) {
    return loadBalancer + ":" + port;
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A listener of a load balancer: a port and protocol, a default target group and (ALB) rules. For a
 * Classic Load Balancer, {@code instancePort} is the port on the instances.
 */
@Value.Immutable
public interface Listener {
  /** {@return the port the load balancer listens on} */
  int port();

  /** {@return the protocol; HTTP for ALB, TCP for NLB when unset} */
  Optional<ElbProtocol> protocol();

  /** {@return the target group of requests that match no rule} */
  Optional<String> defaultTargetGroup();

  /** {@return the ALB rules} */
  List<ListenerRule> rules();

  /** {@return the Classic Load Balancer: the instance port traffic is sent to} */
  Optional<Integer> instancePort();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Listener}. */
  class Builder extends ImmutableListener.Builder {}
}

package dev.ecsdsl.dsl;

import dev.ecsdsl.model.ElbProtocol;
import dev.ecsdsl.model.ForwardConfig;
import dev.ecsdsl.model.Listener;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.TargetGroupTuple;

/** Describes a listener: protocol, default target group and (ALB) path and host rules, plain or weighted. */
public final class ListenerBuilder {
  private final Listener.Builder listener = Listener.builder();

  ListenerBuilder(int port) {
    listener.port(port);
  }

  /**
   * Listener protocol.
   *
   * @param protocol listener protocol
   * @return this builder
   */
  public ListenerBuilder protocol(ElbProtocol protocol) {
    listener.protocol(protocol);
    return this;
  }

  /**
   * Forward requests matching no rule to this target group.
   *
   * @param targetGroup the target group (name or ARN) for requests that match no rule
   * @return this builder
   */
  public ListenerBuilder forwardTo(String targetGroup) {
    listener.defaultTargetGroup(targetGroup);
    return this;
  }

  /**
   * Forward requests whose path matches the pattern (e.g. {@code /api/*}) to a target group.
   *
   * @param priority the rule's priority, lowest first (1–50000)
   * @param pathPattern the path pattern, {@code *} and {@code ?} as wildcards
   * @param targetGroup the target group (name or ARN)
   * @return this builder
   */
  public ListenerBuilder pathRule(int priority, String pathPattern, String targetGroup) {
    listener.addRule(ListenerRule.builder().priority(priority).addPathPattern(pathPattern).targetGroupArn(targetGroup).build());
    return this;
  }

  /**
   * Forward requests whose Host header matches (e.g. {@code api.example.com}) to a target group.
   *
   * @param priority the rule's priority, lowest first (1–50000)
   * @param hostHeader the host name, {@code *} and {@code ?} as wildcards
   * @param targetGroup the target group (name or ARN)
   * @return this builder
   */
  public ListenerBuilder hostRule(int priority, String hostHeader, String targetGroup) {
    listener.addRule(ListenerRule.builder().priority(priority).addHostHeader(hostHeader).targetGroupArn(targetGroup).build());
    return this;
  }

  /**
   * Split requests whose path matches the pattern among target groups by weight.
   *
   * @param priority the rule's priority, lowest first (1–50000)
   * @param pathPattern the path pattern, {@code *} and {@code ?} as wildcards
   * @param targetGroups the target groups (name or ARN) and their weights (0–999)
   * @return this builder
   */
  public ListenerBuilder weightedPathRule(int priority, String pathPattern, TargetGroupTuple... targetGroups) {
    listener.addRule(ListenerRule.builder().priority(priority).addPathPattern(pathPattern)
        .forwardConfig(ForwardConfig.of(targetGroups)).build());
    return this;
  }

  /**
   * The listener's ARN as AWS gave it, when the description mirrors an existing listener (otherwise it has a
   * made-up one).
   *
   * @param listenerArn the listener's ARN
   * @return this builder
   */
  public ListenerBuilder arn(String listenerArn) {
    listener.listenerArn(listenerArn);
    return this;
  }

  /**
   * Any rule.
   *
   * @param rule the rule
   * @return this builder
   */
  public ListenerBuilder rule(ListenerRule rule) {
    listener.addRule(rule);
    return this;
  }

  /**
   * Classic Load Balancer: the instance port.
   *
   * @param port the port on the instances
   * @return this builder
   */
  public ListenerBuilder instancePort(int port) {
    listener.instancePort(port);
    return this;
  }

  Listener build() {
    return listener.build();
  }
}

package dev.ecsdsl.dsl;

import dev.ecsdsl.model.ElbProtocol;
import dev.ecsdsl.model.TargetGroup;
import dev.ecsdsl.model.TargetGroupHealthCheck;
import dev.ecsdsl.model.TargetType;
import java.util.function.Consumer;

/** Describes a target group: target type, protocol, port, health check and deregistration delay. */
public final class TargetGroupBuilder {
  private final TargetGroup.Builder tg = TargetGroup.builder().targetType(TargetType.IP);
  private final TargetGroupHealthCheck.Builder health = TargetGroupHealthCheck.builder();

  TargetGroupBuilder(String name) {
    tg.name(name);
  }

  /**
   * Targets register by IP (awsvpc tasks; the default).
   *
   * @return this builder
   */
  public TargetGroupBuilder ip() {
    tg.targetType(TargetType.IP);
    return this;
  }

  /**
   * Targets register by instance and port (bridge or host mode).
   *
   * @return this builder
   */
  public TargetGroupBuilder instance() {
    tg.targetType(TargetType.INSTANCE);
    return this;
  }

  /**
   * Protocol of the traffic to targets (default HTTP).
   *
   * @param protocol protocol of the traffic to targets (default HTTP)
   * @return this builder
   */
  public TargetGroupBuilder protocol(ElbProtocol protocol) {
    tg.protocol(protocol);
    return this;
  }

  /**
   * Default target port (default 80).
   *
   * @param port default target port (default 80)
   * @return this builder
   */
  public TargetGroupBuilder port(int port) {
    tg.port(port);
    return this;
  }

  /**
   * HTTP health check path.
   *
   * @param path HTTP health check path
   * @return this builder
   */
  public TargetGroupBuilder healthCheck(String path) {
    health.path(path);
    return this;
  }

  /**
   * Health check details: interval, timeout, thresholds, matcher.
   *
   * @param spec sets fields of the health check's builder
   * @return this builder
   */
  public TargetGroupBuilder healthCheck(Consumer<TargetGroupHealthCheck.Builder> spec) {
    spec.accept(health);
    return this;
  }

  /**
   * Seconds a deregistering target keeps its connections (default 300).
   *
   * @param seconds seconds a deregistering target keeps its connections (default 300)
   * @return this builder
   */
  public TargetGroupBuilder deregistrationDelay(int seconds) {
    tg.deregistrationDelaySeconds(seconds);
    return this;
  }

  TargetGroup build() {
    return tg.healthCheck(health.build()).build();
  }
}

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

  /** Targets register by IP (awsvpc tasks; the default). */
  public TargetGroupBuilder ip() {
    tg.targetType(TargetType.IP);
    return this;
  }

  /** Targets register by instance and port (bridge or host mode). */
  public TargetGroupBuilder instance() {
    tg.targetType(TargetType.INSTANCE);
    return this;
  }

  /** Protocol of the traffic to targets (default HTTP). */
  public TargetGroupBuilder protocol(ElbProtocol protocol) {
    tg.protocol(protocol);
    return this;
  }

  /** Default target port (default 80). */
  public TargetGroupBuilder port(int port) {
    tg.port(port);
    return this;
  }

  /** HTTP health check path. */
  public TargetGroupBuilder healthCheck(String path) {
    health.path(path);
    return this;
  }

  /** Health check details: interval, timeout, thresholds, matcher. */
  public TargetGroupBuilder healthCheck(Consumer<TargetGroupHealthCheck.Builder> spec) {
    spec.accept(health);
    return this;
  }

  /** Seconds a deregistering target keeps its connections (default 300). */
  public TargetGroupBuilder deregistrationDelay(int seconds) {
    tg.deregistrationDelaySeconds(seconds);
    return this;
  }

  TargetGroup build() {
    return tg.healthCheck(health.build()).build();
  }
}

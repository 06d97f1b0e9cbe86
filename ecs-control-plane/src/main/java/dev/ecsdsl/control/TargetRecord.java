package dev.ecsdsl.control;

import dev.ecsdsl.control.loop.EventLoop;
import java.time.Instant;
import java.util.Optional;

/** One registered target of a target group: a service task's container port. */
final class TargetRecord {
  final TaskRecord task;
  final String containerName;
  final String targetId;
  final int port;
  String state = "initial";
  Optional<String> reason = Optional.of("Elb.RegistrationInProgress");
  Optional<String> description = Optional.of("Target registration is in progress");
  int passes;
  int failures;
  long requests;
  Instant drainingUntil;
  EventLoop.Scheduled nextCheck;

  TargetRecord(TaskRecord task, String containerName, String targetId, int port) {
    this.task = task;
    this.containerName = containerName;
    this.targetId = targetId;
    this.port = port;
  }

  boolean isHealthy() {
    return state.equals("healthy");
  }

  boolean isDraining() {
    return state.equals("draining");
  }
}

package dev.ecsdsl.control.loadbalancing;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.tasks.TaskRecord;
import java.time.Instant;
import java.util.Optional;

/** One registered target of a target group: a service task's container port. */
public final class TargetRecord {
  final TaskRecord task;
  final String containerName;
  final String targetId;
  final int port;
  final String targetGroup;
  String state = "initial";
  Optional<String> reason = Optional.of("Elb.RegistrationInProgress");
  Optional<String> description = Optional.of("Target registration is in progress");
  int passes;
  int failures;
  long requests;
  /** The share of an error answer carried to the next request (see {@code LoadBalancing.answer}). */
  double errorCredit;
  Instant drainingUntil;
  EventLoop.Scheduled nextCheck;

  TargetRecord(TaskRecord task, String containerName, String targetId, int port, String targetGroup) {
    this.targetGroup = targetGroup;
    this.task = task;
    this.containerName = containerName;
    this.targetId = targetId;
    this.port = port;
  }

  /** {@return the port of the task's container it serves (the host port of a bridge task)} */
  public int port() {
    return port;
  }

  /** {@return ELB's reason for the target's state, e.g. {@code Target.ResponseCodeMismatch}} */
  public Optional<String> reason() {
    return reason;
  }

  /** {@return ELB's description of the target's state} */
  public Optional<String> description() {
    return description;
  }

  /**
   * {@return the target group it is registered in, as the task's rollout names it (a green task of a blue/green
   * deployment: the alternate target group)}
   */
  public String targetGroup() {
    return targetGroup;
  }

  /** {@return the name of the task's container it serves} */
  public String containerName() {
    return containerName;
  }

  boolean isHealthy() {
    return state.equals("healthy");
  }

  boolean isDraining() {
    return state.equals("draining");
  }
}

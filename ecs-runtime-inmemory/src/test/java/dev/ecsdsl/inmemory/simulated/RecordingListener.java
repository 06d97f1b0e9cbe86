package dev.ecsdsl.inmemory.simulated;

import dev.ecsdsl.control.agent.AgentListener;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.NetworkBinding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Records what the agent reports, stamped with the loop's time since {@code origin}. */
final class RecordingListener implements AgentListener {
  private final EventLoop loop;
  private final Instant origin;
  private final List<Report> reports = new ArrayList<>();
  private Consumer<Report> reaction = report -> { };

  RecordingListener(EventLoop loop, Instant origin) {
    this.loop = loop;
    this.origin = origin;
  }

  /** Runs {@code reaction} inside every report, the way a control plane reacts on the loop's thread. */
  void reactWith(Consumer<Report> reaction) {
    this.reaction = reaction;
  }

  List<Report> reports() {
    return List.copyOf(reports);
  }

  @Override
  public void taskPrepared(String taskArn) {
    record(taskArn, "prepared");
  }

  @Override
  public void taskPreparationFailed(String taskArn, String reason) {
    record(taskArn, "preparation failed: " + reason);
  }

  @Override
  public void containerStarted(String taskArn, String containerName, List<NetworkBinding> networkBindings) {
    record(taskArn, containerName + " started" + (networkBindings.isEmpty() ? "" : networkBindings.stream()
        .map(b -> b.bindIP() + ":" + b.hostPort() + "->" + b.containerPort() + "/" + b.protocol())
        .collect(Collectors.joining(", ", " ", ""))));
  }

  @Override
  public void containerHealthChanged(String taskArn, String containerName, HealthStatus health) {
    record(taskArn, containerName + " " + health);
  }

  @Override
  public void containerExited(String taskArn, String containerName, int exitCode, Optional<String> reason) {
    record(taskArn, containerName + " exited " + exitCode + reason.map(r -> ": " + r).orElse(""));
  }

  private void record(String taskArn, String event) {
    Report report = new Report(Duration.between(origin, loop.now()), taskArn.substring(taskArn.lastIndexOf('/') + 1),
        event);
    reports.add(report);
    reaction.accept(report);
  }
}

package dev.ecsdsl.control.tasks;

import dev.ecsdsl.control.clusters.InstanceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What waits for a disconnected agent: its reports (delivered to the control plane when it reconnects) and the
 * control plane's calls to it (made when it reconnects), per instance.
 */
final class HeldAgentWork {
  private final Map<InstanceRecord, List<Runnable>> reports = new HashMap<>();
  private final Map<InstanceRecord, List<Runnable>> calls = new HashMap<>();

  /** Runs an agent call now, or when the host's agent reconnects. */
  void whenReachable(TaskRecord task, Runnable call) {
    if (task.agentReachable()) {
      call.run();
    } else {
      calls.computeIfAbsent(task.instance.get(), i -> new ArrayList<>()).add(call);
    }
  }

  /** Delivers an agent report now, or holds it until the agent reconnects (ECS learns nothing meanwhile). */
  void report(TaskRecord task, Runnable report) {
    if (task.agentReachable()) {
      report.run();
    } else {
      reports.computeIfAbsent(task.instance.get(), i -> new ArrayList<>()).add(report);
    }
  }

  /** The agent is back: what it reported meanwhile first, then what it was to be asked. */
  void reconnected(InstanceRecord instance) {
    List<Runnable> work = new ArrayList<>(reports.getOrDefault(instance, List.of()));
    work.addAll(calls.getOrDefault(instance, List.of()));
    forget(instance);
    work.forEach(Runnable::run);
  }

  /** The instance is gone: nothing it held will ever run. */
  void forget(InstanceRecord instance) {
    reports.remove(instance);
    calls.remove(instance);
  }
}

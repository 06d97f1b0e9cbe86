package dev.ecsdsl.docker.agent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output of the containers of cleaned-up tasks, read just before their containers were removed, kept
 * until the agent closes, as CloudWatch Logs keeps what awslogs sent. Each container's lines are bounded
 * as in {@link LogLines}.
 */
final class LogArchive {
  private final Map<String, Map<String, List<String>>> byTask = new ConcurrentHashMap<>();

  /** Keeps the lines of a container of a task. */
  void keep(String taskArn, String containerName, List<String> lines) {
    byTask.computeIfAbsent(taskArn, t -> new ConcurrentHashMap<>()).put(containerName, List.copyOf(lines));
  }

  /** The kept lines of a container, if its task was archived. */
  Optional<List<String>> lines(String taskArn, String containerName) {
    return Optional.ofNullable(byTask.get(taskArn)).map(containers -> containers.get(containerName));
  }

  /** Forgets everything. */
  void clear() {
    byTask.clear();
  }
}

package dev.ecsdsl.control.launch;

import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.runtime.Failure;
import java.util.List;

/**
 * What launching one task gave: the task (placed, or waiting for capacity), or ECS's failures and why.
 *
 * @param task the task, or {@code null} when it found no place
 * @param failures ECS's failures when it found no place
 * @param explanation why it found no place, as a sentence; empty when it did
 */
public record Launched(TaskRecord task, List<Failure> failures, String explanation) {

  /** {@return whether a task was made} */
  public boolean launched() {
    return task != null;
  }
}

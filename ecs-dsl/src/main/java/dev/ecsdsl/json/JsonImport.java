package dev.ecsdsl.json;

import dev.ecsdsl.validation.Problem;
import java.util.List;
import java.util.Objects;

/**
 * The result of reading an ECS JSON file: the model value, and the warnings about what was dropped on the
 * way (ECS members ecs-dsl does not simulate, read-only members of describe output). Errors never appear
 * here: they are thrown as {@link EcsJsonException}.
 *
 * @param value the imported model value
 * @param warnings every warning, in file order; empty when the file held only what the model holds
 * @param <T> the model type ({@link dev.ecsdsl.model.TaskDefinition} or {@link dev.ecsdsl.model.Service})
 */
public record JsonImport<T>(T value, List<Problem> warnings) {

  /**
   * Copies the warnings; nothing may be null.
   *
   * @param value the imported model value
   * @param warnings every warning, in file order
   */
  public JsonImport {
    Objects.requireNonNull(value, "value");
    warnings = List.copyOf(warnings);
  }

  /** {@return whether anything was dropped or needs a look} */
  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }
}

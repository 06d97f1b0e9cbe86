package dev.ecsdsl.cli;

import java.util.List;

/** The kinds of file {@code validate} reads, in the order they are asked: ECS JSON last, as it takes any file. */
final class InputKinds {
  /** Every kind, most specific first. */
  static final List<InputKind> ALL = List.of(new EcsJsonInput());

  private InputKinds() {}

  /** The first kind that takes the file. */
  static InputKind of(InputFile file) {
    return ALL.stream().filter(k -> k.accepts(file)).findFirst().orElseThrow();
  }
}

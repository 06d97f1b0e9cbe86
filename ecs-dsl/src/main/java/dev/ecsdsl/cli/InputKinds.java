package dev.ecsdsl.cli;

import java.util.List;

/** The kinds of file {@code validate} reads, in the order they are asked: ECS JSON last, as it takes any file. */
final class InputKinds {
  /** Every kind, most specific first. */
  static final List<InputKind> ALL = List.of(new EcsJsonInput());

  private InputKinds() {}

  /** The first of the kinds that takes the file. */
  static InputKind of(List<InputKind> kinds, InputFile file) {
    return kinds.stream().filter(k -> k.accepts(file)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no kind of file takes " + file.given()));
  }
}

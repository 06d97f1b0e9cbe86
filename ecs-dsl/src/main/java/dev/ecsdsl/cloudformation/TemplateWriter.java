package dev.ecsdsl.cloudformation;

import dev.ecsdsl.model.Environment;

/** Writes an environment as a template. */
final class TemplateWriter {
  private TemplateWriter() {}

  static String write(Environment environment) {
    throw new UnsupportedOperationException("not yet");
  }
}

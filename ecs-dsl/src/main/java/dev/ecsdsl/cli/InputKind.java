package dev.ecsdsl.cli;

import java.io.IOException;

/**
 * One kind of file that {@code bin/ecs-dsl validate} reads. The command asks the kinds of {@code InputKinds}
 * in order and hands the file to the first that {@link #accepts} it; ECS JSON, last, takes every file. A new
 * kind (e.g. a CloudFormation template) is a class of this interface added to that list, ahead of ECS JSON.
 */
public interface InputKind {

  /**
   * Whether this kind reads the file, judged from the start of its text.
   *
   * @param file the file, with the start of its text
   * @return whether this kind reads it
   */
  boolean accepts(InputFile file);

  /**
   * Reads the file: the problems of reading it, and what ECS's rules check.
   *
   * @param file the file
   * @param context the run's options (command-line members, how many problems to keep)
   * @return what the file holds
   * @throws IOException when the file cannot be read after all
   */
  Document read(InputFile file, ReadContext context) throws IOException;
}

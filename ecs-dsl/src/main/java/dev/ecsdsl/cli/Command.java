package dev.ecsdsl.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A subcommand of {@code bin/ecs-dsl}. Implementations are registered in
 * {@code META-INF/services/dev.ecsdsl.cli.Command}.
 */
public interface Command {
  /** Exit code: success. */
  int OK = 0;
  /** Exit code: the input was read but is not valid (or the job failed). */
  int INVALID = 1;
  /** Exit code: the command was used wrongly (unknown option, no argument, ...). */
  int USAGE = 2;
  /**
   * Exit code: ecs-dsl itself failed (a bug, or the JVM ran out of memory): the outcome says nothing about
   * the input. Apart from the others so that a pipeline can tell it from an invalid file.
   */
  int INTERNAL = 3;

  /** {@return the word that selects the command, e.g. {@code validate}} */
  String name();

  /** {@return one line for the help text} */
  String summary();

  /** {@return usage text printed by {@code bin/ecs-dsl help NAME} and on usage errors} */
  String usage();

  /**
   * Runs the command with the words after its name; returns the exit code.
   *
   * @param args the words after the command's name
   * @param out where results go
   * @param err where errors and usage go
   * @return the exit code: 0 ok, 1 invalid or failed, 2 usage error, 3 internal error
   */
  int run(List<String> args, PrintStream out, PrintStream err);
}

package dev.ecsdsl.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * {@code bin/ecs-dsl}: dispatches to the subcommands found on the class path. Whatever a command throws
 * (a bug, an OutOfMemoryError) ends the run with {@link Command#INTERNAL}, never with a code that could be
 * read as a verdict on the input.
 */
public final class Main {
  private Main() {}

  /**
   * Runs a subcommand and exits with its code.
   *
   * @param args the subcommand's name, then its words
   */
  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  /**
   * Runs a subcommand and returns its exit code (0 ok, 1 invalid or failed, 2 usage error, 3 internal error).
   *
   * @param args the subcommand's name, then its words
   * @param out where results go
   * @param err where errors and usage go
   * @return the exit code
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    return run(commands(), args, out, err);
  }

  /** Runs one of the commands (for tests). */
  static int run(List<Command> commands, List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
      if (args.size() > 1) {
        Optional<Command> c = find(commands, args.get(1));
        if (c.isPresent()) {
          out.println(c.get().usage());
          return Command.OK;
        }
      }
      printHelp(commands, args.isEmpty() ? err : out);
      return args.isEmpty() ? Command.USAGE : Command.OK;
    }
    Optional<Command> command = find(commands, args.get(0));
    if (command.isEmpty()) {
      err.println("ecs-dsl: unknown command '" + Printable.of(args.get(0)) + "'");
      printHelp(commands, err);
      return Command.USAGE;
    }
    try {
      return command.get().run(args.subList(1, args.size()), out, err);
    } catch (OutOfMemoryError e) {
      err.println("ecs-dsl " + command.get().name() + ": internal error: out of memory (" + Printable.of(
          String.valueOf(e.getMessage())) + "); give the JVM more with ECS_DSL_JAVA_OPTS=-Xmx..., and report it");
      return Command.INTERNAL;
    } catch (RuntimeException | Error e) {
      err.println("ecs-dsl " + command.get().name() + ": internal error: " + e.getClass().getName() + ": "
          + Printable.of(String.valueOf(e.getMessage())) + "; this is a bug in ecs-dsl, please report it");
      return Command.INTERNAL;
    }
  }

  /** {@return every subcommand on the class path, by name} */
  public static List<Command> commands() {
    List<Command> commands = new ArrayList<>();
    ServiceLoader.load(Command.class).forEach(commands::add);
    commands.sort(Comparator.comparing(Command::name));
    return commands;
  }

  private static Optional<Command> find(List<Command> commands, String name) {
    return commands.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  private static void printHelp(List<Command> commands, PrintStream to) {
    to.println("usage: bin/ecs-dsl COMMAND [ARGS...]");
    to.println();
    to.println("commands:");
    for (Command c : commands) {
      to.printf("  %-10s %s%n", c.name(), c.summary());
    }
    to.println("  help NAME  usage of one command");
  }
}

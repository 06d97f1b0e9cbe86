package dev.ecsdsl.cli;

import dev.ecsdsl.json.CommandLineMembers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words of {@code bin/ecs-dsl validate}, read: the files, the output format, how many problems to list per
 * file, and the {@code create-service} members given as AWS CLI flags. {@code --} ends the options, so a file
 * may be named {@code -x.json}.
 *
 * @param files the files, in the order given
 * @param format the output format
 * @param maxProblems how many problems to list per file (the others are counted)
 * @param commandLine {@code --service-name}, {@code --cluster}, {@code --task-definition}, {@code --launch-type}
 */
record ValidateOptions(List<Path> files, Format format, int maxProblems, CommandLineMembers commandLine) {
  /** How many problems are listed per file unless {@code --max-problems} says otherwise. */
  static final int DEFAULT_MAX_PROBLEMS = 100;
  /** The most {@code --max-problems} may be: every problem a file keeps. */
  static final int MAX_PROBLEMS_LIMIT = 10_000;

  /** The output formats. */
  enum Format {
    /** Lines for people (the default). */
    TEXT,
    /** One JSON document with one object per problem. */
    JSON,
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
    SARIF
  }

  /** A usage error: what is wrong with the words. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Reads the words after {@code validate}. */
  static ValidateOptions parse(List<String> args) throws UsageException {
    List<Path> files = new ArrayList<>();
    Format format = Format.TEXT;
    int maxProblems = DEFAULT_MAX_PROBLEMS;
    Optional<String> serviceName = Optional.empty();
    Optional<String> cluster = Optional.empty();
    Optional<String> taskDefinition = Optional.empty();
    Optional<String> launchType = Optional.empty();
    boolean options = true;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!options || !arg.startsWith("-") || arg.equals("-")) {
        files.add(path(arg));
        continue;
      }
      if (arg.equals("--")) {
        options = false;
        continue;
      }
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.size() && isOption(name)) {
        value = args.get(++i);
      } else {
        value = null;
      }
      switch (name) {
        case "--format" -> format = format(value);
        case "--max-problems" -> maxProblems = count(value);
        case "--service-name" -> serviceName = Optional.of(required(name, value));
        case "--cluster" -> cluster = Optional.of(required(name, value));
        case "--task-definition" -> taskDefinition = Optional.of(required(name, value));
        case "--launch-type" -> launchType = Optional.of(required(name, value));
        default -> throw new UsageException("unknown option '" + Printable.of(arg) + "' (to name a file that starts"
            + " with '-', put -- before it)");
      }
    }
    if (files.isEmpty()) {
      throw new UsageException("no file given");
    }
    return new ValidateOptions(List.copyOf(files), format, maxProblems,
        new CommandLineMembers(serviceName, cluster, taskDefinition, launchType));
  }

  private static boolean isOption(String name) {
    return List.of("--format", "--max-problems", "--service-name", "--cluster", "--task-definition", "--launch-type")
        .contains(name);
  }

  private static Path path(String arg) throws UsageException {
    if (arg.isEmpty() || arg.indexOf('\0') >= 0) {
      throw new UsageException("'" + Printable.of(arg) + "' is no file name");
    }
    try {
      return Path.of(arg);
    } catch (java.nio.file.InvalidPathException e) {
      throw new UsageException("'" + Printable.of(arg) + "' is no file name: " + e.getReason());
    }
  }

  private static String required(String option, String value) throws UsageException {
    if (value == null || value.isEmpty()) {
      throw new UsageException(option + " needs a value");
    }
    return value;
  }

  private static Format format(String value) throws UsageException {
    String v = required("--format", value);
    return switch (v) {
      case "text" -> Format.TEXT;
      case "json" -> Format.JSON;
      case "sarif" -> Format.SARIF;
      default -> throw new UsageException("--format takes text, json or sarif, not '" + Printable.of(v) + "'");
    };
  }

  private static int count(String value) throws UsageException {
    String v = required("--max-problems", value);
    try {
      int n = Integer.parseInt(v);
      if (n >= 0 && n <= MAX_PROBLEMS_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--max-problems takes a whole number from 0 to " + MAX_PROBLEMS_LIMIT + ", not '"
        + Printable.of(v) + "'");
  }
}

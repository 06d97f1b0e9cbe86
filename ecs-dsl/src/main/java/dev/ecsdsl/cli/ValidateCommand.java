package dev.ecsdsl.cli;

import dev.ecsdsl.validation.BoundedProblems;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/ecs-dsl validate [OPTIONS] FILE...}: checks task-definition JSON (as {@code aws ecs
 * register-task-definition --cli-input-json} takes it) and service JSON (as {@code aws ecs create-service
 * --cli-input-json} takes it) against ECS's rules and reports every problem of every file. Each file gets its
 * own verdict, whatever the others contain; a service is checked together with its task definition when that
 * is among the files. Exit code: 0 every file is valid, 1 some file is not (or cannot be read), 2 the command
 * was used wrongly, 3 ecs-dsl itself failed.
 */
public final class ValidateCommand implements Command {
  private final List<InputKind> kinds;

  /** The command with the kinds of file of {@link InputKinds}. */
  public ValidateCommand() {
    this(InputKinds.ALL);
  }

  /** The command with other kinds of file, asked in order (for tests). */
  ValidateCommand(List<InputKind> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "check task-definition and service JSON files against ECS's rules";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: bin/ecs-dsl validate [OPTIONS] [--] FILE...",
        "",
        "Checks each FILE, a task definition (register-task-definition --cli-input-json, or describe-task-definition",
        "output) or a service (create-service --cli-input-json, or describe-services output), and reports every",
        "problem with its file, line, column, path, rule and fix. A service is checked with its task definition",
        "when that file is given too. '-' reads standard input.",
        "",
        "options:",
        "  --format text|json|sarif  text for people (default), json (one object per problem), sarif (SARIF 2.1.0,",
        "                            for GitHub code scanning)",
        "  --max-problems N          list at most N problems per file (default " + ValidateOptions.DEFAULT_MAX_PROBLEMS
            + "; the rest are counted)",
        "  --service-name NAME       as for 'aws ecs create-service': fill in (or override) the services' members",
        "  --cluster CLUSTER         that the AWS CLI takes from the command line",
        "  --task-definition TD",
        "  --launch-type TYPE",
        "  --                        ends the options (for files whose name starts with '-')",
        "",
        "exit code: 0 every file is valid (warnings allowed), 1 some file is invalid or cannot be read,",
        "           2 usage error, 3 internal error of ecs-dsl");
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("-h") || args.contains("--help")) {
      out.println(usage());
      return OK;
    }
    ValidateOptions options;
    try {
      options = ValidateOptions.parse(args);
    } catch (ValidateOptions.UsageException e) {
      err.println("ecs-dsl validate: " + e.getMessage());
      err.println(usage());
      return USAGE;
    }
    List<CheckedFile> checked;
    try (InputFiles inputs = new InputFiles()) {
      checked = check(options, inputs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the copies of piped input: " + e.getMessage(), e);
    }
    try {
      Report.of(options.format()).write(checked, options.maxProblems(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    if (checked.stream().anyMatch(CheckedFile::internalError)) {
      err.println("ecs-dsl validate: internal error on " + checked.stream().filter(CheckedFile::internalError)
          .map(f -> Printable.of(f.file().toString())).toList() + "; this is a bug in ecs-dsl, please report it");
      return INTERNAL;
    }
    return checked.stream().allMatch(CheckedFile::valid) ? OK : INVALID;
  }

  /** Reads every file, then checks each (services with the run's task definitions); one file's failure is its own. */
  private List<CheckedFile> check(ValidateOptions options, InputFiles inputs) {
    ReadContext context = new ReadContext(options.commandLine(), BoundedProblems.DEFAULT_LIMIT);
    List<Path> files = options.files();
    List<Document> documents = new ArrayList<>();
    TaskDefinitions taskDefinitions = new TaskDefinitions();
    for (Path file : files) {
      Document document = read(file, inputs, context);
      try {
        document.offer(taskDefinitions);
      } catch (RuntimeException | StackOverflowError e) {
        document = new FailedDocument(FileRules.internal(e), true);
      }
      documents.add(document);
    }
    List<CheckedFile> checked = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Document document = documents.get(i);
      Document.Findings findings;
      try {
        findings = document.check(taskDefinitions);
      } catch (RuntimeException | StackOverflowError e) {
        document = new FailedDocument(FileRules.internal(e), true);
        findings = Document.Findings.NONE;
      }
      CheckedFile verdict = CheckedFile.of(files.get(i), document, findings);
      checked.add(document instanceof FailedDocument failed && failed.internalError()
          ? verdict.withInternalError() : verdict);
    }
    return checked;
  }

  /** Opens and reads one file; whatever goes wrong is that file's problem. */
  private Document read(Path file, InputFiles inputs, ReadContext context) {
    try {
      InputFiles.Opened opened = inputs.open(file);
      if (opened instanceof InputFiles.Unreadable u) {
        return new FailedDocument(u.problem(), false);
      }
      InputFile input = ((InputFiles.Readable) opened).file();
      return InputKinds.of(kinds, input).read(input, context);
    } catch (IOException e) {
      return new FailedDocument(FileRules.unreadable("cannot be read: " + e.getMessage(), "make the file readable"),
          false);
    } catch (RuntimeException | StackOverflowError e) {
      return new FailedDocument(FileRules.internal(e), true);
    }
  }
}

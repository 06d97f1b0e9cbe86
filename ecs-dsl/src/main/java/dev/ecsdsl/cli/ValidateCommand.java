package dev.ecsdsl.cli;

import dev.ecsdsl.cloudformation.CloudFormationException;
import dev.ecsdsl.cloudformation.EcsCloudFormation;
import dev.ecsdsl.cloudformation.TemplateImport;
import dev.ecsdsl.cloudformation.TemplateOptions;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.json.EcsJsonException;
import dev.ecsdsl.json.JsonImport;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.json.JsonRules;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import dev.ecsdsl.validation.ValidationResult;
import dev.ecsdsl.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bin/ecs-dsl validate FILE...}: checks task-definition JSON (as {@code aws ecs
 * register-task-definition --cli-input-json} takes it) and service JSON (as {@code aws ecs create-service
 * --cli-input-json} takes it) against ECS's rules. A service is checked together with its task definition
 * when that is among the files. A CloudFormation template (it has {@code AWSTemplateFormatVersion} or
 * {@code Resources}) is read with {@link EcsCloudFormation} and its environment checked. Exit code 0 when every file is valid, 1 when any is not, 2 on a usage error.
 */
public final class ValidateCommand implements Command {

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "check task-definition and service JSON files and CloudFormation templates against ECS's rules";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: bin/ecs-dsl validate FILE...",
        "",
        "Checks each FILE, a task definition (register-task-definition --cli-input-json) or a service",
        "(create-service --cli-input-json), and prints every problem with its file, path, rule and fix.",
        "A service is checked with its task definition when that file is given too. A CloudFormation",
        "template (JSON or YAML, e.g. cdk synth's) is read with its parameters' defaults and checked whole.",
        "",
        "exit code: 0 every file is valid (warnings allowed), 1 some file is invalid, 2 usage error");
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("-h") || args.contains("--help")) {
      out.println(usage());
      return OK;
    }
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("-")) {
        err.println("ecs-dsl validate: unknown option '" + arg + "'");
        err.println(usage());
        return USAGE;
      }
      files.add(Path.of(arg));
    }
    if (files.isEmpty()) {
      err.println("ecs-dsl validate: no file given");
      err.println(usage());
      return USAGE;
    }
    for (Path file : files) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        err.println("ecs-dsl validate: cannot read '" + file + "': " + (Files.exists(file) ? "not a readable file" : "no such file"));
        return USAGE;
      }
    }
    return validate(files, out, err);
  }

  private int validate(List<Path> files, PrintStream out, PrintStream err) {
    Map<Path, Object> imported = new LinkedHashMap<>();
    Map<Path, List<Problem>> problems = new LinkedHashMap<>();
    for (Path file : files) {
      List<Problem> list = new ArrayList<>();
      problems.put(file, list);
      String json;
      try {
        json = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("ecs-dsl validate: cannot read '" + file + "': " + e.getMessage());
        return USAGE;
      }
      if (EcsCloudFormation.isTemplate(json)) {
        try {
          TemplateImport template = EcsCloudFormation.read(file.toString(), json, TemplateOptions.defaults());
          imported.put(file, template.environment());
          list.addAll(template.warnings());
        } catch (CloudFormationException e) {
          list.addAll(e.problems());
        }
        continue;
      }
      try {
        JsonImport<?> result = switch (EcsJson.detect(json)) {
          case TASK_DEFINITION -> EcsJson.readTaskDefinition(file.toString(), json);
          case SERVICE -> EcsJson.readService(file.toString(), json);
          case UNKNOWN -> null;
        };
        if (result == null) {
          List<Problem> syntax = syntaxProblems(file.toString(), json);
          if (!syntax.isEmpty()) {
            list.addAll(syntax);
            continue;
          }
          list.add(Problem.error(ProblemPath.root(), "json-unknown-document",
              "neither a task definition (no 'family' and 'containerDefinitions') nor a service (no 'serviceName')",
              "give the JSON that 'aws ecs register-task-definition --cli-input-json' or "
                  + "'aws ecs create-service --cli-input-json' takes"));
        } else {
          imported.put(file, result.value());
          list.addAll(result.warnings());
        }
      } catch (EcsJsonException e) {
        list.addAll(e.problems());
      }
    }
    for (Map.Entry<Path, Object> e : imported.entrySet()) {
      problems.get(e.getKey()).addAll(check(e.getValue(), imported).problems());
    }
    return report(problems, imported, out);
  }

  /** The syntax errors (with line and column) of text that is not JSON; empty when it is JSON. */
  private static List<Problem> syntaxProblems(String source, String json) {
    try {
      EcsJson.readTaskDefinition(source, json);
      return List.of();
    } catch (EcsJsonException e) {
      return e.problems().stream().filter(p -> p.rule().equals(JsonRules.SYNTAX)).toList();
    }
  }

  private static ValidationResult check(Object value, Map<Path, Object> imported) {
    if (value instanceof Environment environment) {
      return Validator.validate(environment);
    }
    if (value instanceof TaskDefinition td) {
      return Validator.validate(td);
    }
    Service service = (Service) value;
    Optional<TaskDefinition> td = taskDefinitionOf(service, imported);
    return td.isPresent() ? Validator.validate(service, td.get()) : Validator.validate(service);
  }

  private static Optional<TaskDefinition> taskDefinitionOf(Service service, Map<Path, Object> imported) {
    String name = Arns.name(service.taskDefinition());
    String family = name.contains(":") ? name.substring(0, name.lastIndexOf(':')) : name;
    return imported.values().stream()
        .filter(TaskDefinition.class::isInstance).map(TaskDefinition.class::cast)
        .filter(td -> td.family().equals(family)).reduce((first, second) -> second);
  }

  private static int report(Map<Path, List<Problem>> problems, Map<Path, Object> imported, PrintStream out) {
    int invalid = 0;
    int errors = 0;
    int warnings = 0;
    for (Map.Entry<Path, List<Problem>> e : problems.entrySet()) {
      List<Problem> list = e.getValue();
      long fileErrors = list.stream().filter(Problem::isError).count();
      long fileWarnings = list.size() - fileErrors;
      errors += fileErrors;
      warnings += fileWarnings;
      if (fileErrors > 0) {
        invalid++;
      }
      out.println(e.getKey() + ": " + describe(imported.get(e.getKey())) + ": "
          + (fileErrors == 0 ? "valid" : "INVALID")
          + counts(fileErrors, fileWarnings));
      list.stream().filter(Problem::isError).forEach(p -> print(e.getKey(), p, out));
      list.stream().filter(p -> !p.isError()).forEach(p -> print(e.getKey(), p, out));
    }
    out.println();
    out.println(problems.size() + (problems.size() == 1 ? " file" : " files") + " checked: "
        + (problems.size() - invalid) + " valid, " + invalid + " invalid"
        + counts(errors, warnings));
    return invalid == 0 ? OK : INVALID;
  }

  private static String describe(Object value) {
    if (value instanceof TaskDefinition td) {
      return "task definition " + td.family();
    }
    if (value instanceof Service s) {
      return "service " + s.serviceName();
    }
    if (value instanceof Environment environment) {
      return "CloudFormation template (stack " + environment.name() + ")";
    }
    return "not read";
  }

  private static String counts(long errors, long warnings) {
    if (errors == 0 && warnings == 0) {
      return "";
    }
    return " (" + errors + (errors == 1 ? " error" : " errors") + ", " + warnings
        + (warnings == 1 ? " warning" : " warnings") + ")";
  }

  private static void print(Path file, Problem p, PrintStream out) {
    out.println("  " + file + ": " + p.severity() + " " + p.path() + ": " + p.message() + " [" + p.rule() + "]");
    out.println("      fix: " + p.fix());
  }
}

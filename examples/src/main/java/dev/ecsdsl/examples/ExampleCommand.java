package dev.ecsdsl.examples;

import dev.ecsdsl.cli.Command;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.ValidationException;
import dev.ecsdsl.validation.ValidationResult;
import dev.ecsdsl.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bin/ecs-dsl example}: builds the {@link ShopEnvironment}, validates it, and prints a summary and
 * every task definition and service as the ECS JSON that the AWS CLI takes; with {@code --out DIR}, writes
 * them as one file each instead ({@link ExampleFiles}) and prints how to validate and register them.
 */
public final class ExampleCommand implements Command {

  @Override
  public String name() {
    return "example";
  }

  @Override
  public String summary() {
    return "build the example shop environment, validate it, print it as ECS JSON";
  }

  @Override
  public String usage() {
    return "usage: bin/ecs-dsl example [--out DIR]\n\nBuilds the example environment of the README (dev.ecsdsl."
        + "examples.ShopEnvironment), validates it, and prints its task definitions and services as ECS JSON.\n"
        + "  --out DIR  write them as files instead, one each: DIR/task-definitions/<family>-<revision>.json and\n"
        + "             DIR/services/<service>.json, for bin/ecs-dsl validate and the AWS CLI's --cli-input-json";
  }

  @Override
  public int run(List<String> args, PrintStream stdout, PrintStream err) {
    Path out;
    if (args.isEmpty()) {
      out = null;
    } else if (args.size() == 2 && args.get(0).equals("--out")) {
      try {
        out = Path.of(args.get(1));
      } catch (InvalidPathException e) {
        err.println("ecs-dsl example: --out " + args.get(1) + " is not a path: " + e.getReason());
        return USAGE;
      }
    } else {
      err.println("ecs-dsl example: unexpected " + String.join(" ", args) + "\n" + usage());
      return USAGE;
    }
    Environment env = ShopEnvironment.description().describe();
    ValidationResult validation = Validator.validate(env);
    if (!validation.isValid()) {
      err.println(new ValidationException("environment " + env.name(), validation.problems()).getMessage());
      return INVALID;
    }
    stdout.printf("environment %s (%s, account %s): valid, %d warnings%n", env.name(), env.region(),
        env.accountId(), validation.warnings().size());
    stdout.printf("  vpc %s %s: %d subnets, %d security groups%n", env.vpc().vpcId(), env.vpc().cidrBlock(),
        env.vpc().subnets().size(), env.vpc().securityGroups().size());
    env.clusters().forEach(c -> stdout.printf("  cluster %s: %d instance groups, capacity providers %s%n",
        c.clusterName(), c.instanceGroups().size(),
        c.capacityProviders().stream().map(p -> p.name()).toList()));
    env.services().forEach(s -> stdout.printf("  service %s on %s: %s, task definition %s%n", s.serviceName(),
        s.clusterOrDefault(), s.schedulingStrategyOrDefault() + s.desiredCount().map(n -> " x" + n).orElse(""),
        s.taskDefinition()));
    env.scheduledTasks().forEach(t -> stdout.printf("  scheduled task %s: %s runs %s%n", t.ruleName(),
        t.scheduleExpression(), t.taskDefinition()));
    if (out != null) {
      return writeFiles(env, out, stdout, err);
    }
    for (TaskDefinition td : env.taskDefinitions()) {
      stdout.println();
      stdout.println("# task definition " + td.family() + "  (aws ecs register-task-definition --cli-input-json)");
      stdout.println(EcsJson.writeTaskDefinition(td));
    }
    for (Service s : env.services()) {
      stdout.println();
      stdout.println("# service " + s.serviceName() + "  (aws ecs create-service --cli-input-json)");
      stdout.println(EcsJson.writeService(s));
    }
    return OK;
  }

  private static int writeFiles(Environment env, Path directory, PrintStream stdout, PrintStream err) {
    ExampleFiles files;
    try {
      files = ExampleFiles.write(env, directory);
    } catch (IOException e) {
      err.println("ecs-dsl example: cannot write to " + directory + ": " + e);
      return USAGE;
    }
    stdout.printf("%nwrote %d task definitions and %d services to %s%n", files.taskDefinitions().size(),
        files.services().size(), directory);
    stdout.printf("check them:  bin/ecs-dsl validate %s %s%n", directory.resolve("task-definitions").resolve("*.json"),
        directory.resolve("services").resolve("*.json"));
    stdout.println("then register and create them in this order (the clusters must exist):");
    files.taskDefinitions().forEach(f -> stdout.println("  aws ecs register-task-definition --cli-input-json file://"
        + f.toAbsolutePath()));
    files.services().forEach(f -> stdout.println("  aws ecs create-service --cli-input-json file://" + f.toAbsolutePath()));
    return OK;
  }
}

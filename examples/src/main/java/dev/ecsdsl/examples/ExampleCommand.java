package dev.ecsdsl.examples;

import dev.ecsdsl.cli.Command;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.ValidationException;
import dev.ecsdsl.validation.ValidationResult;
import dev.ecsdsl.validation.Validator;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code bin/ecs-dsl example}: builds the {@link ShopEnvironment}, validates it, and prints a summary and
 * every task definition and service as the ECS JSON that the AWS CLI takes.
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
    return "usage: bin/ecs-dsl example\n\nBuilds the example environment of the README (dev.ecsdsl.examples."
        + "ShopEnvironment), validates it, and prints its task definitions and services as ECS JSON.";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (!args.isEmpty()) {
      err.println("ecs-dsl example: takes no arguments");
      return USAGE;
    }
    Environment env = ShopEnvironment.description().describe();
    ValidationResult validation = Validator.validate(env);
    if (!validation.isValid()) {
      err.println(new ValidationException("environment " + env.name(), validation.problems()).getMessage());
      return INVALID;
    }
    out.printf("environment %s (%s, account %s): valid, %d warnings%n", env.name(), env.region(),
        env.accountId(), validation.warnings().size());
    out.printf("  vpc %s %s: %d subnets, %d security groups%n", env.vpc().vpcId(), env.vpc().cidrBlock(),
        env.vpc().subnets().size(), env.vpc().securityGroups().size());
    env.clusters().forEach(c -> out.printf("  cluster %s: %d instance groups, capacity providers %s%n",
        c.clusterName(), c.instanceGroups().size(),
        c.capacityProviders().stream().map(p -> p.name()).toList()));
    env.services().forEach(s -> out.printf("  service %s on %s: %s, task definition %s%n", s.serviceName(),
        s.clusterOrDefault(), s.schedulingStrategyOrDefault() + s.desiredCount().map(n -> " x" + n).orElse(""),
        s.taskDefinition()));
    env.scheduledTasks().forEach(t -> out.printf("  scheduled task %s: %s runs %s%n", t.ruleName(),
        t.scheduleExpression(), t.taskDefinition()));
    for (TaskDefinition td : env.taskDefinitions()) {
      out.println();
      out.println("# task definition " + td.family() + "  (aws ecs register-task-definition --cli-input-json)");
      out.println(EcsJson.writeTaskDefinition(td));
    }
    for (Service s : env.services()) {
      out.println();
      out.println("# service " + s.serviceName() + "  (aws ecs create-service --cli-input-json)");
      out.println(EcsJson.writeService(s));
    }
    return OK;
  }
}

package dev.ecsdsl.examples.simulate;

import dev.ecsdsl.cli.Command;
import dev.ecsdsl.cloudformation.CloudFormationException;
import dev.ecsdsl.cloudformation.EcsCloudFormation;
import dev.ecsdsl.cloudformation.TemplateImport;
import dev.ecsdsl.examples.tour.HtmlReport;
import dev.ecsdsl.examples.tour.PlacementTable;
import dev.ecsdsl.examples.tour.ReportData;
import dev.ecsdsl.examples.tour.ServiceRef;
import dev.ecsdsl.examples.tour.TimelineText;
import dev.ecsdsl.examples.tour.TourRecording;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.ScalingActivity;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.TargetHealth;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ValidationResult;
import dev.ecsdsl.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bin/ecs-dsl simulate TEMPLATE [--parameter K=V] [--for 1h] [--report FILE]}: reads a CloudFormation
 * template (written by hand or by {@code cdk synth}), deploys it on the in-memory runtime, plays the time under a
 * light request load ({@link StackSimulation}), prints what happened (the timeline, each service steady or not and
 * why, its targets' health and scaling activities, the placement) and writes the tour's HTML report of the run.
 * Exit code 0 when every service settled, 1 when the template cannot be read, is invalid or a service did not
 * settle, 2 on a usage error.
 */
public final class SimulateCommand implements Command {

  @Override
  public String name() {
    return "simulate";
  }

  @Override
  public String summary() {
    return "deploy a CloudFormation or CDK template in memory, play an hour under load, report what happened";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: bin/ecs-dsl simulate TEMPLATE [--parameter K=V]... [--import NAME=V]... [--attribute Id.Attr=V]...",
        "                            [--stack-name NAME] [--region R] [--for 1h] [--requests 20] [--seed 42]",
        "                            [--report FILE]",
        "",
        "Reads TEMPLATE (JSON or YAML; cdk synth's output too), deploys it on the in-memory runtime, lets --for",
        "of simulated time pass with --requests requests a second at every load balancer listener, prints the",
        "timeline, whether each service is steady (and why not), its targets' health, its scaling activities",
        "and the placement, and writes an HTML report (default " + SimulateOptions.DEFAULT_REPORT + ").",
        "--parameter gives a parameter's value, --import another stack's export, --attribute a custom",
        "resource's value. The same --seed gives the same run.",
        "",
        "exit code: 0 every service settled, 1 the template is unreadable or invalid or a service did not settle,",
        "2 usage error");
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    SimulateOptions options;
    try {
      options = SimulateOptions.parse(args);
    } catch (SimulateOptions.UsageException e) {
      err.println("ecs-dsl simulate: " + e.getMessage());
      err.println(usage());
      return USAGE;
    }
    if (!Files.isRegularFile(options.template())) {
      err.println("ecs-dsl simulate: no such file: " + options.template());
      return USAGE;
    }
    TemplateImport imported;
    try {
      imported = EcsCloudFormation.read(options.template(), options.values());
    } catch (CloudFormationException e) {
      err.println(e.getMessage());
      return INVALID;
    } catch (UncheckedIOException e) {
      err.println("ecs-dsl simulate: " + e.getMessage());
      return USAGE;
    }
    Environment env = imported.environment();
    out.printf("ecs-dsl simulate: %s (stack %s, %s, account %s)%n", options.template(), env.name(), env.region(),
        env.accountId());
    out.println("  read: " + env.clusters().size() + " clusters, " + env.taskDefinitions().size()
        + " task definitions, " + env.services().size() + " services, " + env.loadBalancers().size()
        + " load balancers, " + env.scheduledTasks().size() + " scheduled tasks");
    out.println("  " + imported.ignoredSummary());
    imported.warnings().forEach(w -> print("warning", w, out));
    ValidationResult validation = Validator.validate(env);
    validation.warnings().forEach(w -> print("warning", w, out));
    if (!validation.isValid()) {
      validation.errors().forEach(p -> print("ERROR", p, err));
      err.println("ecs-dsl simulate: the stack is not valid for ECS; nothing was deployed");
      return INVALID;
    }
    TourRecording recording;
    List<ServiceRef> unsettled;
    try (InMemoryEcs ecs = InMemoryEcs.create(options.seed())) {
      StackSimulation simulation = new StackSimulation(ecs, env);
      recording = simulation.run(options.duration(), options.requestsPerSecond());
      out.println();
      TimelineText.print(recording, out);
      out.println();
      out.println("== services at the end");
      services(ecs, env, simulation, out);
      unsettled = List.copyOf(simulation.unsettled().keySet());
    } catch (RuntimeException e) {
      err.println("ecs-dsl simulate: the simulation failed: " + e);
      return INVALID;
    }
    out.println();
    out.println("== placement at the end");
    PlacementTable.print(recording.placement(), out);
    Path report = options.report();
    try {
      Files.createDirectories(report.toAbsolutePath().getParent());
      HtmlReport.write(ReportData.of(recording, "ecs-dsl simulate: " + env.name()), report);
    } catch (IOException e) {
      err.println("ecs-dsl simulate: could not write the report to " + report + ": " + e.getMessage());
      return INVALID;
    }
    out.println();
    out.println("report: " + report.toAbsolutePath() + " (open it in a browser)");
    return unsettled.isEmpty() ? OK : INVALID;
  }

  private static void services(InMemoryEcs ecs, Environment env, StackSimulation simulation, PrintStream out) {
    for (ServiceRef ref : StackSimulation.services(env)) {
      ServiceDescription s = ecs.ecs().describeServices(r -> r.cluster(ref.cluster()).services(ref.service()))
          .service();
      String state = s.isSteady() ? "steady" : "NOT steady";
      out.printf("%s/%s: %s, %d of %d running (%s)%n", ref.cluster(), ref.service(), state, s.runningCount(),
          s.desiredCount(), s.taskDefinition());
      String why = simulation.unsettled().get(ref);
      if (why != null) {
        out.println("    did not settle after the deploy: " + why);
      } else if (!s.isSteady()) {
        s.latestEvent().ifPresent(e -> out.println("    latest event: " + e.message()));
      }
      env.service(ref.service()).ifPresent(model -> model.loadBalancers().forEach(lb -> lb.targetGroupArn()
          .ifPresent(tg -> {
            List<TargetHealth> health = ecs.elb().describeTargetHealth(r -> r.targetGroupArn(tg))
                .targetHealthDescriptions();
            long healthy = health.stream().filter(TargetHealth::isHealthy).count();
            out.printf("    target group %s: %d of %d targets healthy%n", dev.ecsdsl.model.Arns.name(tg), healthy,
                health.size());
          })));
      List<ScalingActivity> activities = env.service(ref.service()).flatMap(m -> m.autoScaling()).isPresent()
          ? ecs.autoScaling().describeScalingActivities(r -> r.cluster(ref.cluster()).service(ref.service()))
              .scalingActivities() : List.of();
      for (ScalingActivity a : activities) {
        out.printf("    scaling %s: %d -> %d (%s)%n", a.policyName(), a.fromCount(), a.toCount(), a.cause());
      }
    }
  }

  private static void print(String severity, Problem p, PrintStream out) {
    out.println("  " + severity + " " + p.path() + ": " + p.message() + " [" + p.rule() + "]");
  }
}

package dev.ecsdsl.examples.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/ecs-dsl simulate} and {@code bin/ecs-dsl export} as a user runs them. */
class SimulateCommandTest {
  private static final Path TEMPLATE = Path.of("src/test/resources/cloudformation/ec2-cluster-alb.yaml");

  private record Run(int exit, String out, String err) {}

  private static Run run(dev.ecsdsl.cli.Command command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void simulatePrintsThePhasesTheServicesAndThePlacementAndWritesTheReport(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.html");

    Run run = run(new SimulateCommand(), TEMPLATE.toString(), "--for", "20m", "--report", report.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("stack ec2-cluster-alb", "ignored (not ECS): 1 AWS::EC2::InternetGateway",
        "== deploy", "== under load", "20 requests a second at PublicLoadBalancer:80; 20m of the stack's life",
        "shop-cluster/web: steady, 3 of 3 running", "target group TargetGroup: 3 of 3 targets healthy",
        "== placement at the end", "report: " + report);
    assertThat(Files.readString(report)).contains("ecs-dsl simulate: ec2-cluster-alb");
  }

  @Test
  void theSameSeedGivesTheSameRun(@TempDir Path dir) {
    String first = run(new SimulateCommand(), TEMPLATE.toString(), "--for", "5m", "--report",
        dir.resolve("a.html").toString()).out();
    String second = run(new SimulateCommand(), TEMPLATE.toString(), "--for", "5m", "--report",
        dir.resolve("b.html").toString()).out();

    assertThat(second.replace("b.html", "a.html")).isEqualTo(first);
  }

  @Test
  void aTemplateThatCannotBeReadExitsOneWithItsProblems(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "Resources:\n  Web:\n    Type: AWS::ECS::Service\n    Properties:\n"
        + "      TaskDefinition: !ImportValue base:task\n");

    Run run = run(new SimulateCommand(), broken.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("Resources.Web.Properties.TaskDefinition.Fn::ImportValue", "--import base:task=VALUE");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run(new SimulateCommand()).exit()).isEqualTo(2);
    assertThat(run(new SimulateCommand(), TEMPLATE.toString(), "--for", "forever").err())
        .contains("--for takes a duration such as 90s, 30m, 1h or 2d");
    assertThat(run(new SimulateCommand(), "no-such-file.yaml").exit()).isEqualTo(2);
    assertThat(run(new SimulateCommand(), TEMPLATE.toString(), "--parameter", "novalue").err())
        .contains("--parameter takes NAME=VALUE");
  }

  @Test
  void exportWritesTheExampleAsATemplateThatReadsBackToIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("shop.yaml");

    Run run = run(new ExportCommand(), "--format", "cloudformation", "example", "--output", file.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(dev.ecsdsl.cloudformation.EcsCloudFormation.read(file)).isEqualTo(ExportCommand.load("example"));
    List<String> errors = new ArrayList<>();
    assertThat(run(new ExportCommand(), "--format", "json").exit()).isEqualTo(2);
    assertThat(run(new ExportCommand(), "--format", "cloudformation", "no.such.Class").err())
        .contains("no description 'no.such.Class'");
    assertThat(errors).isEmpty();
  }
}

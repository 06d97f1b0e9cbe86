package dev.ecsdsl.cli;

import static dev.ecsdsl.cli.CliRun.file;
import static dev.ecsdsl.cli.CliRun.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/ecs-dsl validate} on CloudFormation templates (what {@code cdk synth} writes too): the template is read
 * whole, and every problem, of reading it or of ECS's rules about what it describes, is placed at its line and
 * column in the template.
 */
class ValidateTemplatesTest {
  /** A Fargate task definition and a service that runs it, in YAML as AWS's samples write it. */
  static final String TEMPLATE = """
      AWSTemplateFormatVersion: '2010-09-09'
      Resources:
        Cluster:
          Type: AWS::ECS::Cluster
          Properties:
            ClusterName: prod
        Web:
          Type: AWS::ECS::TaskDefinition
          Properties:
            Family: web
            RequiresCompatibilities: [FARGATE]
            NetworkMode: awsvpc
            Cpu: '256'
            Memory: '512'
            ContainerDefinitions:
              - Name: app
                Image: nginx:1.27
                Essential: true
                PortMappings:
                  - ContainerPort: 80
        WebService:
          Type: AWS::ECS::Service
          Properties:
            ServiceName: web
            Cluster: !Ref Cluster
            TaskDefinition: !Ref Web
            DesiredCount: 2
            LaunchType: FARGATE
            NetworkConfiguration:
              AwsvpcConfiguration:
                Subnets: [subnet-0123456789abcdef0]
      """;

  @TempDir
  Path dir;

  @Test
  void aValidTemplateExitsZeroAndSaysWhatItHolds() throws IOException {
    CliRun run = validate(file(dir, "stack.yaml", TEMPLATE));
    assertThat(run.code).isZero();
    assertThat(run.out)
        .contains("stack.yaml: CloudFormation template (stack stack: 1 task definition, 1 service): valid (0 errors,"
            + " 1 warning)")
        .contains("stack.yaml:2:1: WARNING Resources: subnet subnet-0123456789abcdef0 comes from outside the template")
        .contains("[cfn-not-simulated]");
  }

  @Test
  void aRuleProblemIsPlacedAtTheTemplatePropertyThatMadeIt() throws IOException {
    CliRun run = validate(file(dir, "stack.yaml", TEMPLATE.replace("NetworkMode: awsvpc", "NetworkMode: bridge")));
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("CloudFormation template (stack stack: 1 task definition, 1 service): INVALID")
        .contains("stack.yaml:12:7: ERROR service web → task definition web:1 → networkMode: networkMode bridge"
            + " cannot run on Fargate").contains("[fargate-requires-awsvpc]")
        .contains("stack.yaml:29:7: ERROR service web → networkConfiguration:")
        .contains("[network-configuration-requires-awsvpc]");
  }

  @Test
  void aMisspeltPropertyGetsTheCloudFormationNameMeant() throws IOException {
    CliRun run = validate(file(dir, "stack.yaml", TEMPLATE.replace("PortMappings:", "PortMapping:")));
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("CloudFormation template, not read: INVALID")
        .contains("stack.yaml:19:11: ERROR Resources.Web.Properties.ContainerDefinitions[0].PortMapping: unknown member"
            + " 'PortMapping'").contains("did you mean 'PortMappings'?");
  }

  @Test
  void brokenYamlGetsTheLineAndColumn() throws IOException {
    CliRun run = validate(file(dir, "stack.yaml", TEMPLATE.replace("      Family: web", "     Family: web")));
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("stack.yaml:11:30: ERROR (root): broken YAML: mapping values are not allowed here")
        .contains("[cfn-syntax]");
  }

  @Test
  void jsonOutputPlacesTemplateProblems() throws IOException {
    CliRun run = validate("--format", "json", file(dir, "stack.yaml",
        TEMPLATE.replace("NetworkMode: awsvpc", "NetworkMode: bridge")));
    assertThat(run.code).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(run.out);
    JsonNode first = report.path("problems").get(0);
    assertThat(first.path("rule").asText()).isEqualTo("fargate-requires-awsvpc");
    assertThat(first.path("line").asInt()).isEqualTo(12);
    assertThat(first.path("column").asInt()).isEqualTo(7);
    assertThat(report.path("files").get(0).path("describes").asText()).startsWith("CloudFormation template");
  }
}

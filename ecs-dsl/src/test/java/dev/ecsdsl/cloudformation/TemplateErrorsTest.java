package dev.ecsdsl.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a template that cannot become an environment gets: one error per problem, each with the template path
 * ({@code Resources.X.Properties.Y}), the line and column where the text has them ({@code Problem.location()}),
 * and how to fix it or supply the value; and no environment at all.
 */
class TemplateErrorsTest {

  private static CloudFormationException failure(String yaml) {
    return failure(yaml, TemplateOptions.defaults());
  }

  private static CloudFormationException failure(String yaml, TemplateOptions options) {
    return catchThrowableOfType(CloudFormationException.class,
        () -> EcsCloudFormation.read("stack.yaml", yaml, options));
  }

  private static Problem only(CloudFormationException e) {
    assertThat(e).as("a CloudFormationException").isNotNull();
    assertThat(e.errors()).hasSize(1);
    return e.errors().get(0);
  }

  private static final String TASK = """
      AWSTemplateFormatVersion: '2010-09-09'
      Resources:
        Task:
          Type: AWS::ECS::TaskDefinition
          Properties:
            Family: web
            ContainerDefinitions:
              - Name: app
                Image: %s
                Memory: 256
      """;

  @Test
  void aDocumentWithoutResourcesIsNotATemplate() {
    Problem p = only(failure("family: web\ncontainerDefinitions: []\n"));

    assertThat(p.rule()).isEqualTo(TemplateRules.NOT_A_TEMPLATE);
    assertThat(p.message()).contains("looks like an ECS task definition");
  }

  @Test
  void brokenYamlIsReportedWithItsLineAndColumn() {
    Problem p = only(failure("Resources:\n  Web:\n    Type: AWS::ECS::Cluster\n   Properties: {}\n"));

    assertThat(p.rule()).isEqualTo(TemplateRules.SYNTAX);
    assertThat(p.message()).startsWith("broken YAML");
    assertThat(p.location()).contains(new SourceLocation(4, 4));
  }

  @Test
  void brokenJsonIsReportedWithItsLineAndColumn() {
    Problem p = only(failure("{\n  \"Resources\": {\n    \"Web\": {\"Type\": \"AWS::ECS::Cluster\",}\n  }\n}\n"));

    assertThat(p.rule()).isEqualTo(TemplateRules.SYNTAX);
    assertThat(p.message()).startsWith("not valid JSON");
    assertThat(p.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(3));
  }

  @Test
  void duplicateKeysAreErrorsAsInCloudFormation() {
    Problem p = only(failure("Resources:\n  Web:\n    Type: AWS::ECS::Cluster\n  Web:\n    Type: AWS::ECS::Cluster\n"));

    assertThat(p.message()).contains("duplicate key 'Web'");
    assertThat(p.location()).contains(new SourceLocation(4, 3));
  }

  @Test
  void aCircleOfRefsIsNamedAsCloudFormationNamesIt() {
    Problem p = only(failure("""
        Resources:
          A:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: !Ref B
          B:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: !Sub "${C.GroupId}"
          C:
            Type: AWS::EC2::SecurityGroup
            DependsOn: A
            Properties:
              GroupDescription: c
        """));

    assertThat(p.rule()).isEqualTo(TemplateRules.CIRCULAR_DEPENDENCY);
    assertThat(p.message()).startsWith("Circular dependency between resources: [A, B, C]");
    assertThat(p.path().toString()).isEqualTo("Resources.A");
  }

  @Test
  void anUnknownTypeOfTheEcsFamilyIsAnErrorWithTheClosestType() {
    Problem p = only(failure("Resources:\n  Web:\n    Type: AWS::ECS::Servce\n"));

    assertThat(p.rule()).isEqualTo(TemplateRules.UNKNOWN_ECS_TYPE);
    assertThat(p.path().toString()).isEqualTo("Resources.Web.Type");
    assertThat(p.fix()).contains("did you mean AWS::ECS::Service?");
  }

  @Test
  void importValueNamesTheExportAndHowToSupplyIt() {
    CloudFormationException e = failure(TASK.formatted("!ImportValue shared-images:web"));
    Problem p = only(e);

    assertThat(p.rule()).isEqualTo(TemplateRules.UNKNOWABLE_VALUE);
    assertThat(p.path().toString())
        .isEqualTo("Resources.Task.Properties.ContainerDefinitions[0].Image.Fn::ImportValue");
    assertThat(p.message()).contains("Fn::ImportValue shared-images:web");
    assertThat(p.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(9));
    assertThat(p.fix()).contains("--import shared-images:web=VALUE");

    String image = EcsCloudFormation.read("stack.yaml", TASK.formatted("!ImportValue shared-images:web"),
        TemplateOptions.defaults().withImport("shared-images:web", "nginx:1.27")).environment()
        .taskDefinitions().get(0).containerDefinitions().get(0).image();
    assertThat(image).isEqualTo("nginx:1.27");
  }

  @Test
  void aParameterWithoutValueNamesItselfAndTheOptionThatSuppliesIt() {
    String yaml = "Parameters:\n  Image:\n    Type: String\n" + TASK.formatted("!Ref Image");

    Problem p = only(failure(yaml));

    assertThat(p.rule()).isEqualTo(TemplateRules.MISSING_PARAMETER);
    assertThat(p.path().toString()).isEqualTo("Resources.Task.Properties.ContainerDefinitions[0].Image.Ref");
    assertThat(p.fix()).contains("--parameter Image=VALUE");
  }

  @Test
  void anSsmParameterTypeUsedByEcsIsAnErrorButUnusedItIsNothing() {
    String ssm = "Parameters:\n  Image:\n    Type: AWS::SSM::Parameter::Value<String>\n    Default: /images/web\n";

    Problem p = only(failure(ssm + TASK.formatted("!Ref Image")));

    assertThat(p.message()).contains("AWS::SSM::Parameter::Value<String>").contains("/images/web");
    assertThat(p.fix()).contains("--parameter Image=VALUE");
    assertThat(EcsCloudFormation.read("stack.yaml", ssm + TASK.formatted("nginx:1.27"), TemplateOptions.defaults())
        .environment().taskDefinitions()).hasSize(1);
  }

  @Test
  void aCustomResourceValueUsedByEcsNamesTheResource() {
    String yaml = TASK.formatted("!GetAtt ImageLookup.Uri") + """
          ImageLookup:
            Type: Custom::ImageLookup
            Properties:
              ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:lookup
        """;

    Problem p = only(failure(yaml));

    assertThat(p.message()).contains("ImageLookup is a custom resource (Custom::ImageLookup)");
    assertThat(p.fix()).contains("--attribute ImageLookup.Uri=VALUE");
  }

  @Test
  void aMisspeltEcsPropertyNamesItsPathAndTheClosestName() {
    String yaml = TASK.formatted("nginx:1.27").replace("Memory: 256", "MemoryReservaton: 256");

    Problem p = only(failure(yaml));

    assertThat(p.path().toString()).isEqualTo("Resources.Task.Properties.ContainerDefinitions[0].MemoryReservaton");
    assertThat(p.fix()).contains("did you mean 'MemoryReservation'?");
  }

  @Test
  void aServiceWhoseLoadBalancerIsWrongNamesThePropertyPath() {
    Problem p = only(failure("""
        Resources:
          WebService:
            Type: AWS::ECS::Service
            Properties:
              TaskDefinition: web
              LoadBalancers:
                - ContainerName: app
                  ContainerPort: eighty
        """));

    assertThat(p.path().toString()).isEqualTo("Resources.WebService.Properties.LoadBalancers[0].ContainerPort");
    assertThat(p.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(8));
  }

  @Test
  void everyErrorOfTheTemplateIsReportedAtOnce() {
    CloudFormationException e = failure("""
        Resources:
          One:
            Type: AWS::ECS::Clustr
          Two:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions: [{Name: app, Image: !ImportValue base-image}]
          Three:
            Type: AWS::ECS::Cluster
            Properties:
              ClusterName: !Ref Missing
        """);

    assertThat(e.errors()).extracting(p -> p.path().toString()).containsExactlyInAnyOrder(
        "Resources.One.Type", "Resources.Two.Properties.ContainerDefinitions[0].Image.Fn::ImportValue",
        "Resources.Three.Properties.ClusterName.Ref");
  }

  @Test
  void resourcesThatDoNotMatterToEcsAreListedOnceAsIgnored() {
    TemplateImport read = EcsCloudFormation.read("stack.yaml", """
        Resources:
          Bucket: {Type: AWS::S3::Bucket}
          Queue: {Type: AWS::SQS::Queue}
          OtherQueue: {Type: AWS::SQS::Queue}
          Cluster: {Type: AWS::ECS::Cluster}
        """, TemplateOptions.defaults());

    assertThat(read.ignoredResources()).containsExactly(
        java.util.Map.entry("AWS::S3::Bucket", List.of("Bucket")),
        java.util.Map.entry("AWS::SQS::Queue", List.of("Queue", "OtherQueue")));
    assertThat(read.warnings()).isEmpty();
    assertThat(read.ignoredSummary()).isEqualTo("ignored (not ECS): 1 AWS::S3::Bucket, 2 AWS::SQS::Queue");
  }
}

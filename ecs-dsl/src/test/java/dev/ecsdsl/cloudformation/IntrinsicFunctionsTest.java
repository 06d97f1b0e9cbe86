package dev.ecsdsl.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.Environment;
import org.junit.jupiter.api.Test;

/**
 * The intrinsic functions as CloudFormation evaluates them
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html), seen through
 * the environment variables of one container, in short and long form.
 */
class IntrinsicFunctionsTest {

  private static String value(String expression) {
    return value(expression, TemplateOptions.defaults());
  }

  private static String value(String expression, TemplateOptions options) {
    String yaml = """
        Parameters:
          Stage: {Type: String, Default: staging, AllowedValues: [staging, production]}
          Zones: {Type: CommaDelimitedList, Default: 'a,b,c'}
        Mappings:
          Size: {staging: {Count: 2}, production: {Count: 6}}
        Conditions:
          IsProduction: !Equals [!Ref Stage, production]
          IsBig: !Or [!Condition IsProduction, !Equals [!Ref 'AWS::Region', eu-west-1]]
        Resources:
          Cluster:
            Type: AWS::ECS::Cluster
            Properties: {ClusterName: !Sub '${AWS::StackName}-cluster'}
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              Family: web
              ContainerDefinitions:
                - Name: app
                  Image: nginx
                  Memory: 128
                  Environment:
                    - Name: X
                      Value: %s
        """.formatted(expression);
    Environment env = EcsCloudFormation.read("shop.yaml", yaml, options).environment();
    return env.taskDefinitions().get(0).containerDefinitions().get(0).environment().get(0).value();
  }

  @Test
  void refGivesParametersPseudoParametersAndResourceNames() {
    assertThat(value("!Ref Stage")).isEqualTo("staging");
    assertThat(value("!Ref Stage", TemplateOptions.defaults().withParameter("Stage", "production")))
        .isEqualTo("production");
    assertThat(value("!Ref AWS::Region")).isEqualTo("us-east-1");
    assertThat(value("!Ref AWS::StackName")).isEqualTo("shop");
    assertThat(value("{Ref: Cluster}")).isEqualTo("shop-cluster");
  }

  @Test
  void getAttGivesArnsBuiltAsAwsBuildsThem() {
    assertThat(value("!GetAtt Cluster.Arn")).isEqualTo("arn:aws:ecs:us-east-1:123456789012:cluster/shop-cluster");
    assertThat(value("{'Fn::GetAtt': [Cluster, Arn]}"))
        .isEqualTo("arn:aws:ecs:us-east-1:123456789012:cluster/shop-cluster");
  }

  @Test
  void subReplacesNamesAttributesAndVariablesAndKeepsEscapes() {
    assertThat(value("!Sub '${Stage}/${Cluster}/${AWS::Partition}/${!Literal}'"))
        .isEqualTo("staging/shop-cluster/aws/${Literal}");
    assertThat(value("!Sub ['${A}-${B}', {A: one, B: !Ref Stage}]")).isEqualTo("one-staging");
  }

  @Test
  void joinSelectSplitAndLength() {
    assertThat(value("!Join ['-', [a, !Ref Stage, c]]")).isEqualTo("a-staging-c");
    assertThat(value("!Select [1, !Ref Zones]")).isEqualTo("b");
    assertThat(value("!Select [2, !Split ['/', 'a/b/c']]")).isEqualTo("c");
    assertThat(value("!Join ['', [!Length [1, 2, 3]]]")).isEqualTo("3");
  }

  @Test
  void conditionsIfEqualsAndOrNot() {
    assertThat(value("!If [IsProduction, big, small]")).isEqualTo("small");
    assertThat(value("!If [IsProduction, big, small]", TemplateOptions.defaults().withParameter("Stage",
        "production"))).isEqualTo("big");
    assertThat(value("!If [IsBig, big, small]", TemplateOptions.defaults().withRegion("eu-west-1")))
        .isEqualTo("big");
    assertThat(value("!Join ['', [!Not [!Equals [a, b]]]]")).isEqualTo("true");
    assertThat(value("!Join ['', [!And [!Equals [a, a], !Condition IsProduction]]]")).isEqualTo("false");
  }

  @Test
  void findInMapGetAzsBase64AndCidr() {
    assertThat(value("!FindInMap [Size, !Ref Stage, Count]")).isEqualTo("2");
    assertThat(value("!Select [0, !GetAZs '']")).isEqualTo("us-east-1a");
    assertThat(value("!Select [1, !GetAZs '']", TemplateOptions.defaults().withRegion("eu-west-1")
        .withAvailabilityZones(java.util.List.of("eu-west-1b", "eu-west-1c")))).isEqualTo("eu-west-1c");
    assertThat(value("!Base64 hello")).isEqualTo("aGVsbG8=");
    assertThat(value("!Select [2, !Cidr [10.0.0.0/16, 4, 8]]")).isEqualTo("10.0.2.0/24");
  }

  @Test
  void noValueRemovesTheListElement() {
    String yaml = """
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              Family: web
              ContainerDefinitions:
                - Name: app
                  Image: nginx
                  Memory: 128
                  Command: [run, !Ref AWS::NoValue, --fast]
        """;

    assertThat(EcsCloudFormation.read("s.yaml", yaml, TemplateOptions.defaults()).environment().taskDefinitions()
        .get(0).containerDefinitions().get(0).command()).containsExactly("run", "--fast");
  }
}

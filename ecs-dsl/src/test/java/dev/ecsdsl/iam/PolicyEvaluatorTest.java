package dev.ecsdsl.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.PolicyStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IAM's evaluation logic over a role's inline statements and AWS managed policies. */
class PolicyEvaluatorTest {
  private static final String DB = "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/db-AbCdEf";

  private static IamRole role(PolicyStatement... statements) {
    return IamRole.builder().roleName("r").addTrustedService(IamRole.ECS_TASKS).addStatements(statements).build();
  }

  @Test
  void deniedByDefaultWhenNoStatementMatches() {
    Decision d = PolicyEvaluator.evaluate(role(), "s3:GetObject", "arn:aws:s3:::b/k");
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.IMPLICIT_DENY);
    assertThat(d.certain()).isTrue();
    assertThat(d.denialReason("s3:GetObject")).isEqualTo("because no identity-based policy allows the s3:GetObject action");
  }

  @Test
  void anExplicitDenyWinsOverAnyAllowWhateverTheOrder() {
    IamRole role = role(PolicyStatement.deny(List.of("s3:DeleteObject"), List.of("*")),
        PolicyStatement.allow(List.of("s3:*"), List.of("*")));
    assertThat(PolicyEvaluator.evaluate(role, "s3:DeleteObject", "arn:aws:s3:::b/k").outcome())
        .isEqualTo(Decision.Outcome.EXPLICIT_DENY);
    assertThat(PolicyEvaluator.evaluate(role, "s3:GetObject", "arn:aws:s3:::b/k").allowed()).isTrue();
  }

  @Test
  void actionsAreCaseInsensitiveWithStarAndQuestionMark() {
    IamRole role = role(PolicyStatement.allow(List.of("IAM:list*", "sqs:?endMessage"), List.of("*")));
    assertThat(PolicyEvaluator.evaluate(role, "iam:ListAccessKeys", "*").allowed()).isTrue();
    assertThat(PolicyEvaluator.evaluate(role, "sqs:SendMessage", "*").allowed()).isTrue();
    assertThat(PolicyEvaluator.evaluate(role, "sqs:ResendMessage", "*").allowed()).isFalse();
    assertThat(PolicyEvaluator.evaluate(role, "iam:CreateUser", "*").allowed()).isFalse();
  }

  @Test
  void resourceWildcardsStayInTheirArnSegmentUnlessTheyEndIt() {
    IamRole role = role(PolicyStatement.allow(List.of("secretsmanager:GetSecretValue"),
        List.of("arn:aws:secretsmanager:*:123456789012:secret:shop/db-??????")));
    assertThat(PolicyEvaluator.evaluate(role, "secretsmanager:GetSecretValue", DB).allowed()).isTrue();
    assertThat(PolicyEvaluator.evaluate(role, "secretsmanager:GetSecretValue", DB.replace("shop/db", "Shop/db"))
        .allowed()).as("resources are case sensitive").isFalse();
    IamRole prefix = role(PolicyStatement.allow(List.of("ssm:GetParameters"), List.of("arn:aws:ssm:us-east-1:*")));
    assertThat(PolicyEvaluator.evaluate(prefix, "ssm:GetParameters",
        "arn:aws:ssm:us-east-1:123456789012:parameter/x").allowed()).as("a * that ends a segment crosses colons")
        .isTrue();
    IamRole inner = role(PolicyStatement.allow(List.of("ssm:GetParameters"),
        List.of("arn:aws:ssm:us-east-1:1*2:parameter/x")));
    assertThat(PolicyEvaluator.evaluate(inner, "ssm:GetParameters", "arn:aws:ssm:us-east-1:1:x:2:parameter/x")
        .allowed()).as("a * inside a segment does not cross colons").isFalse();
  }

  @Test
  void managedPoliciesContributeTheirDocumentedStatements() {
    IamRole execution = IamRole.builder().roleName("exec").addManagedPolicyArn(IamRole.TASK_EXECUTION_ROLE_POLICY)
        .build();
    Decision pull = PolicyEvaluator.evaluate(execution, "ecr:BatchGetImage", "arn:aws:ecr:us-east-1:1:repository/x");
    assertThat(pull.allowed()).isTrue();
    assertThat(pull.policy()).contains(IamRole.TASK_EXECUTION_ROLE_POLICY);
    assertThat(PolicyEvaluator.evaluate(execution, "secretsmanager:GetSecretValue", DB).allowed()).isFalse();
    IamRole instance = IamRole.builder().roleName("i").addManagedPolicyArn(IamRole.EC2_CONTAINER_SERVICE_FOR_EC2_ROLE)
        .build();
    assertThat(PolicyEvaluator.evaluate(instance, "ecs:SubmitTaskStateChange", "*").allowed()).isTrue();
    assertThat(PolicyEvaluator.evaluate(instance, "ecs:RunTask", "*").allowed()).isFalse();
  }

  @Test
  void anImplicitDenyIsUncertainWhenAManagedPolicyIsUnknown() {
    IamRole role = IamRole.builder().roleName("r").addManagedPolicyArn("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")
        .build();
    Decision d = PolicyEvaluator.evaluate(role, "s3:GetObject", "arn:aws:s3:::b/k");
    assertThat(d.certain()).isFalse();
    assertThat(d.unknownManagedPolicies()).containsExactly("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
  }

  @Test
  void badRequestsAreRejectedWithWhatIsExpected() {
    assertThatThrownBy(() -> PolicyEvaluator.evaluate(role(), "GetObject", "*"))
        .hasMessageContaining("action must be service:Action, e.g. s3:GetObject, got 'GetObject'");
    assertThatThrownBy(() -> PolicyEvaluator.evaluate(role(), "s3:GetObject", " "))
        .hasMessageContaining("resource must be an ARN or *");
  }

  @Test
  void coverageReadsTheWildcardsOfTheCoveredActionLiterally() {
    assertThat(PolicyEvaluator.actionCovers("ecs:Submit*", "ecs:SubmitTaskStateChange")).isTrue();
    assertThat(PolicyEvaluator.actionCovers("ecs:Submit*", "ecs:Submit*")).isTrue();
    assertThat(PolicyEvaluator.actionCovers("ecs:Submit*", "ecs:*")).isFalse();
  }
}

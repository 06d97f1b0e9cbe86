package dev.ecsdsl.cloudformation;

/**
 * The rule ids of the problems reading a CloudFormation template reports, as {@code Problem.rule()} carries
 * them; {@code bin/ecs-dsl validate} prints them beside each problem.
 */
public final class TemplateRules {
  /** The text is not YAML or JSON; the message has the line and column. */
  public static final String SYNTAX = "cfn-syntax";
  /** The document is not a CloudFormation template (no {@code Resources}, or not an object). */
  public static final String NOT_A_TEMPLATE = "cfn-not-a-template";
  /** A section, resource or intrinsic function is written in a way CloudFormation rejects. */
  public static final String MALFORMED = "cfn-malformed";
  /** {@code Ref}, {@code Fn::GetAtt} or {@code Fn::Sub} names something the template does not define. */
  public static final String UNRESOLVED_REFERENCE = "cfn-unresolved-reference";
  /** Resources that depend on each other in a circle. */
  public static final String CIRCULAR_DEPENDENCY = "cfn-circular-dependency";
  /** A value only AWS knows when the stack deploys: an import, an SSM parameter, a custom resource's output. */
  public static final String UNKNOWABLE_VALUE = "cfn-unknowable-value";
  /** A parameter without a default and without a value given. */
  public static final String MISSING_PARAMETER = "cfn-missing-parameter";
  /** A resource type of an ECS family ({@code AWS::ECS::...}) that ecs-dsl does not know. */
  public static final String UNKNOWN_ECS_TYPE = "cfn-unknown-ecs-type";
  /** A property of a resource that ecs-dsl reads has a value it cannot use. */
  public static final String INVALID_PROPERTY = "cfn-invalid-property";
  /** Something ecs-dsl reads but does not simulate, or a value it had to assume. */
  public static final String NOT_SIMULATED = "cfn-not-simulated";
  /** A transform (macro) rewrites the template when it deploys. */
  public static final String TRANSFORM = "cfn-transform";

  private TemplateRules() {}
}

package dev.ecsdsl.cloudformation;

import dev.ecsdsl.validation.Rule;
import dev.ecsdsl.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The rule ids of the problems reading a CloudFormation template reports, as {@code Problem.rule()} carries
 * them, and the same rules with their severity, description and documentation page ({@link #all()});
 * {@code bin/ecs-dsl validate} prints them beside each problem and {@code docs/RULES.md} lists them.
 */
public final class TemplateRules {
  private static final String GUIDE = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/";
  private static final String REFERENCE = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/";

  /** Error: the text is not YAML or JSON; the problem gives line and column. */
  public static final String SYNTAX = "cfn-syntax";
  /** Error: the template is larger than ecs-dsl reads. */
  public static final String TOO_LARGE = "cfn-template-too-large";
  /** Error: the document is not a CloudFormation template (no {@code Resources}, or not an object). */
  public static final String NOT_A_TEMPLATE = "cfn-not-a-template";
  /** Error: a section, resource or intrinsic function is written in a way CloudFormation rejects. */
  public static final String MALFORMED = "cfn-malformed";
  /** Error: {@code Ref}, {@code Fn::GetAtt} or {@code Fn::Sub} names something the template does not define. */
  public static final String UNRESOLVED_REFERENCE = "cfn-unresolved-reference";
  /** Error: resources that depend on each other in a circle. */
  public static final String CIRCULAR_DEPENDENCY = "cfn-circular-dependency";
  /** Error: a value only AWS knows when the stack deploys: an import, an SSM parameter, a custom resource's output. */
  public static final String UNKNOWABLE_VALUE = "cfn-unknowable-value";
  /** Error (warning where ECS does not use it): a parameter without a default and without a value given. */
  public static final String MISSING_PARAMETER = "cfn-missing-parameter";
  /** Error: a resource type of an ECS family ({@code AWS::ECS::...}) that ecs-dsl does not know. */
  public static final String UNKNOWN_ECS_TYPE = "cfn-unknown-ecs-type";
  /** Error: a property of a resource that ecs-dsl reads has a value it cannot use. */
  public static final String INVALID_PROPERTY = "cfn-invalid-property";
  /** Warning: something ecs-dsl reads but does not simulate, or a value it had to assume. */
  public static final String NOT_SIMULATED = "cfn-not-simulated";
  /** Error (warning for SAM and language extensions): a transform (macro) rewrites the template when it deploys. */
  public static final String TRANSFORM = "cfn-transform";

  private static final List<Rule> ALL = List.of(
      new Rule(SYNTAX, Severity.ERROR, "The template is JSON or YAML (short-form tags included), without duplicate keys",
          GUIDE + "template-formats.html"),
      new Rule(TOO_LARGE, Severity.ERROR,
          "The template is at most " + EcsCloudFormation.MAX_CHARS + " characters (CloudFormation takes 1 MB from S3)",
          GUIDE + "cloudformation-limits.html"),
      new Rule(NOT_A_TEMPLATE, Severity.ERROR, "The document is a template: an object with a Resources section",
          GUIDE + "template-anatomy.html"),
      new Rule(MALFORMED, Severity.ERROR,
          "Sections, resources and intrinsic functions are written as CloudFormation takes them",
          GUIDE + "template-anatomy.html"),
      new Rule(UNRESOLVED_REFERENCE, Severity.ERROR,
          "Ref, Fn::GetAtt and Fn::Sub name parameters, resources and attributes the template has",
          REFERENCE + "intrinsic-function-reference.html"),
      new Rule(CIRCULAR_DEPENDENCY, Severity.ERROR, "No resources depend on each other in a circle",
          REFERENCE + "aws-attribute-dependson.html"),
      new Rule(UNKNOWABLE_VALUE, Severity.ERROR,
          "Values ECS uses can be known offline (Fn::ImportValue, SSM parameter types and custom resources are"
              + " supplied with --import, --parameter, --attribute)",
          REFERENCE + "intrinsic-function-reference-importvalue.html"),
      new Rule(MISSING_PARAMETER, Severity.ERROR, "Every parameter used has a Default or a value given",
          GUIDE + "parameters-section-structure.html"),
      new Rule(UNKNOWN_ECS_TYPE, Severity.ERROR, "Resource types of the ECS family are types CloudFormation has",
          REFERENCE + "AWS_ECS.html"),
      new Rule(INVALID_PROPERTY, Severity.ERROR, "Properties ecs-dsl reads have values of their documented type",
          REFERENCE + "aws-template-resource-type-ref.html"),
      new Rule(NOT_SIMULATED, Severity.WARNING, "What ecs-dsl reads but does not simulate, or had to assume, is said",
          REFERENCE + "aws-template-resource-type-ref.html"),
      new Rule(TRANSFORM, Severity.ERROR, "No macro rewrites the template at deploy time (give the processed template)",
          GUIDE + "transform-section-structure.html"));

  private TemplateRules() {}

  /** {@return every rule of reading CloudFormation templates, with its severity, description and documentation page} */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * {@return the rule of that id, if it is a rule of reading CloudFormation templates}
   *
   * @param id the rule's id, such as {@code cfn-syntax}
   */
  public static Optional<Rule> find(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}

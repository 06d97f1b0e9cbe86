package dev.ecsdsl.json;

import dev.ecsdsl.validation.Rule;
import dev.ecsdsl.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Rule ids of the problems that reading ECS JSON reports ({@link dev.ecsdsl.validation.Problem#rule()}), and
 * the same rules with their severity, description and documentation page ({@link #all()}). Errors stop the
 * import ({@link EcsJsonException}); warnings come with the imported value ({@link JsonImport#warnings()}).
 */
public final class JsonRules {
  private static final String SKELETON = "https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html";
  private static final String TYPES = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Types.html";

  /** Error: the text is not JSON (or is empty); the problem gives line and column. */
  public static final String SYNTAX = "json-syntax";
  /** Error: a member appears twice in one object. */
  public static final String DUPLICATE_MEMBER = "json-duplicate-member";
  /** Error: valid JSON, but not the document asked for (an array, or a service where a task definition was asked for). */
  public static final String WRONG_DOCUMENT = "json-wrong-document";
  /** Error: a JSON object that is neither a task definition nor a service. */
  public static final String UNKNOWN_DOCUMENT = "json-unknown-document";
  /** Error: a member that is no ECS member at all, e.g. a misspelling; the fix names the closest known member. */
  public static final String UNKNOWN_MEMBER = "json-unknown-member";
  /** Error: a value of the wrong JSON type, or a string that is not one of the allowed values. */
  public static final String WRONG_TYPE = "json-wrong-type";
  /** Warning: a value ECS accepts but ecs-dsl does not simulate (e.g. launch type MANAGED_INSTANCES); it was dropped. */
  public static final String UNSUPPORTED_VALUE = "json-unsupported-value";
  /** Error: a member the model needs is missing (or null). */
  public static final String MISSING_MEMBER = "json-missing-member";
  /** Error: the model refused the values when built. */
  public static final String INVALID_VALUE = "json-invalid-value";
  /** Warning: an ECS member that the model does not hold; it was dropped. */
  public static final String UNSUPPORTED_MEMBER = "json-unsupported-member";
  /** Warning: a read-only member of describe output (ARN, revision, status, ...); it was dropped. */
  public static final String READ_ONLY_MEMBER = "json-read-only-member";
  /** Warning: a member the request needs that the AWS CLI takes from a flag (serviceName from --service-name). */
  public static final String COMMAND_LINE_MEMBER = "json-member-from-command-line";
  /** Warning: members set to null, which the AWS CLI refuses. */
  public static final String NULL_VALUE = "json-null-value";
  /** Warning: a template placeholder ({@code ${IMAGE}}, {@code <ACCOUNT_ID>}, {@code {{name}}}) left in a value. */
  public static final String PLACEHOLDER = "json-placeholder";
  /** Error: a document too large to read into the model; only its JSON was checked. */
  public static final String DOCUMENT_TOO_LARGE = "json-document-too-large";
  /**
   * Warning, one per file: ECS members the model holds and validation checks, but that the runtimes do not
   * simulate yet (Service Connect, EBS task volumes, Availability Zone rebalancing, Managed Instances).
   */
  public static final String NOT_YET_SIMULATED = "json-not-yet-simulated";

  private static final List<Rule> ALL = List.of(
      new Rule(SYNTAX, Severity.ERROR, "The file is one JSON object", SKELETON),
      new Rule(DUPLICATE_MEMBER, Severity.ERROR, "A member appears once in its object", SKELETON),
      new Rule(WRONG_DOCUMENT, Severity.ERROR,
          "The document is the input (or describe output) of the command it is read for", SKELETON),
      new Rule(UNKNOWN_DOCUMENT, Severity.ERROR,
          "The document is a task definition (family, containerDefinitions) or a service (serviceName)", SKELETON),
      new Rule(UNKNOWN_MEMBER, Severity.ERROR, "Every member is one the ECS type has (names are case-sensitive)", TYPES),
      new Rule(WRONG_TYPE, Severity.ERROR, "Every value has the JSON type ECS wants and is one of the allowed values",
          TYPES),
      new Rule(UNSUPPORTED_VALUE, Severity.WARNING, "Values ECS takes that ecs-dsl does not simulate are ignored",
          TYPES),
      new Rule(MISSING_MEMBER, Severity.ERROR, "Required members are present and not null", TYPES),
      new Rule(INVALID_VALUE, Severity.ERROR, "Values the model can hold", TYPES),
      new Rule(UNSUPPORTED_MEMBER, Severity.WARNING, "ECS members that ecs-dsl does not simulate are ignored", TYPES),
      new Rule(READ_ONLY_MEMBER, Severity.WARNING,
          "Read-only members of describe output are not input; they are ignored",
          "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinition.html"),
      new Rule(COMMAND_LINE_MEMBER, Severity.WARNING,
          "A member the request needs and the file leaves to the command line (--service-name) is given there",
          SKELETON),
      new Rule(NULL_VALUE, Severity.WARNING, "No member is null: the AWS CLI refuses null values", SKELETON),
      new Rule(PLACEHOLDER, Severity.WARNING,
          "No template placeholder (${X}, <X>, {{x}}, #{x}) is left in a value: ECS takes values as they are",
          "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html"),
      new Rule(DOCUMENT_TOO_LARGE, Severity.ERROR,
          "A document is small enough to read into the model (ECS takes task definitions up to 64 KiB)",
          "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html"),
      new Rule(NOT_YET_SIMULATED, Severity.WARNING,
          "ECS members the model holds and validation checks, but the runtimes do not simulate yet, are named",
          TYPES));

  private JsonRules() {}

  /** {@return every rule of reading ECS JSON, with its severity, description and documentation page} */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * {@return the rule of that id, if it is a rule of reading ECS JSON}
   *
   * @param id the rule's id, such as {@code json-unknown-member}
   */
  public static Optional<Rule> find(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}

package dev.ecsdsl.json;

/**
 * Rule ids of the problems that reading ECS JSON reports ({@link dev.ecsdsl.validation.Problem#rule()}).
 * Errors stop the import ({@link EcsJsonException}); warnings come with the imported value
 * ({@link JsonImport#warnings()}).
 */
public final class JsonRules {
  /** Error: the text is not JSON (or is empty); the message gives line and column. */
  public static final String SYNTAX = "json-syntax";
  /** Error: a member appears twice in one object. */
  public static final String DUPLICATE_MEMBER = "json-duplicate-member";
  /** Error: valid JSON, but not the document asked for (an array, or a service where a task definition was asked for). */
  public static final String WRONG_DOCUMENT = "json-wrong-document";
  /** Error: a member that is no ECS member at all, e.g. a misspelling; the fix names the closest known member. */
  public static final String UNKNOWN_MEMBER = "json-unknown-member";
  /** Error: a value of the wrong JSON type, or a string that is not one of the allowed values. */
  public static final String WRONG_TYPE = "json-wrong-type";
  /** Error: a value ECS accepts but ecs-dsl does not simulate (e.g. launch type MANAGED_INSTANCES). */
  public static final String UNSUPPORTED_VALUE = "json-unsupported-value";
  /** Error: a member the model needs is missing (or null). */
  public static final String MISSING_MEMBER = "json-missing-member";
  /** Error: the model refused the values when built. */
  public static final String INVALID_VALUE = "json-invalid-value";
  /** Warning: an ECS member that the model does not hold; it was dropped. */
  public static final String UNSUPPORTED_MEMBER = "json-unsupported-member";
  /** Warning: a read-only member of describe output (ARN, revision, status, ...); it was dropped. */
  public static final String READ_ONLY_MEMBER = "json-read-only-member";
  /**
   * Warning, one per file: ECS members the model holds and validation checks, but that the runtimes do not
   * simulate yet (Service Connect, EBS task volumes, Availability Zone rebalancing, Managed Instances).
   */
  public static final String NOT_YET_SIMULATED = "json-not-yet-simulated";

  private JsonRules() {}
}

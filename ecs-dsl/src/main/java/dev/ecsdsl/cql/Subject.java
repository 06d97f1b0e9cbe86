package dev.ecsdsl.cql;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The left-hand side of a condition: a built-in {@link Field} of the container instance or an
 * {@link Attribute}.
 */
public sealed interface Subject permits Subject.Field, Subject.Attribute {

  /** {@return the subject as written in an expression, e.g. {@code attribute:ecs.instance-type}} */
  String text();

  /** {@return the operators the documentation allows on this subject} */
  Set<Operator> validOperators();

  /**
   * The subject spelled {@code text} (case-sensitive), if it is one.
   *
   * @param text e.g. {@code ec2InstanceId} or {@code attribute:stack}
   * @return the subject, if {@code text} names one
   * @throws IllegalArgumentException if {@code text} is {@code attribute:} followed by an invalid
   *     attribute name
   */
  static Optional<Subject> fromText(String text) {
    if (text.startsWith(Attribute.PREFIX)) {
      return Optional.of(new Attribute(text.substring(Attribute.PREFIX.length())));
    }
    for (Field field : Field.values()) {
      if (field.text().equals(text)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  /** The built-in subjects, with the operators the documentation lists for each. */
  enum Field implements Subject {
    /** Whether the container agent is connected ({@code true} / {@code false}). */
    AGENT_CONNECTED("agentConnected", OperatorSets.EQUALITY_LIST_MATCH),
    /** The container agent version, ordered as a dotted version number. */
    AGENT_VERSION("agentVersion", OperatorSets.COMPARISONS),
    /** The Amazon EC2 instance id. */
    EC2_INSTANCE_ID("ec2InstanceId", OperatorSets.EQUALITY_LIST_MATCH),
    /** When the container instance was registered. */
    REGISTERED_AT("registeredAt", OperatorSets.COMPARISONS),
    /** How many tasks run on the instance. */
    RUNNING_TASKS_COUNT("runningTasksCount", OperatorSets.COMPARISONS),
    /** The groups of the tasks on the instance; holds when any task's group satisfies it. */
    TASK_GROUP("task:group", OperatorSets.ALL);

    private final String text;
    private final Set<Operator> validOperators;

    Field(String text, Set<Operator> validOperators) {
      this.text = text;
      this.validOperators = validOperators;
    }

    @Override
    public String text() {
      return text;
    }

    @Override
    public Set<Operator> validOperators() {
      return validOperators;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * A container-instance attribute, built-in ({@code ecs.instance-type}) or custom.
   *
   * @param name 1 to 128 letters, digits, hyphens, underscores, forward slashes, back slashes or
   *     periods, as the ECS attribute documentation allows
   */
  record Attribute(String name) implements Subject {
    static final String PREFIX = "attribute:";
    private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z0-9._/\\\\-]{1,128}");

    /**
     * Rejects names the ECS attribute rules do not allow.
     *
     * @param name the attribute's name, without {@code attribute:}
     */
    public Attribute {
      if (!isValidName(name)) {
        throw new IllegalArgumentException(
            "invalid attribute name '" + name + "': use 1 to 128 letters, digits, '-', '_', '.', '/' or '\\'");
      }
    }

    static boolean isValidName(String name) {
      return name != null && VALID_NAME.matcher(name).matches();
    }

    @Override
    public String text() {
      return PREFIX + name;
    }

    @Override
    public Set<Operator> validOperators() {
      return OperatorSets.ALL;
    }

    @Override
    public String toString() {
      return text();
    }
  }
}

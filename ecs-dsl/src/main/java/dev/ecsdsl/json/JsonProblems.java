package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonLocation;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import java.util.List;
import java.util.Optional;

/**
 * The wording of every problem that reading ECS JSON reports: what is wrong, where (path, line and column)
 * and what would fix it. One place, so that messages stay consistent.
 */
final class JsonProblems {
  private JsonProblems() {}

  /** {@code " (line 3, column 7)"}, or nothing when the location is unknown. */
  static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  static Problem syntax(JsonLocation location, String detail) {
    return Problem.error(ProblemPath.root(), JsonRules.SYNTAX, "not valid JSON: " + detail + at(location),
        "correct the JSON at that position; the file must be one JSON object as "
            + "'aws ecs ... --generate-cli-skeleton' prints it");
  }

  static Problem duplicate(JsonLocation location, String detail) {
    return Problem.error(ProblemPath.root(), JsonRules.DUPLICATE_MEMBER, detail + at(location),
        "keep one of the two members");
  }

  static Problem emptyDocument() {
    return Problem.error(ProblemPath.root(), JsonRules.SYNTAX, "the file is empty (line 1, column 1)",
        "give one JSON object as 'aws ecs ... --generate-cli-skeleton' prints it");
  }

  static Problem wrongDocument(String message, String fix) {
    return Problem.error(ProblemPath.root(), JsonRules.WRONG_DOCUMENT, message, fix);
  }

  static Problem unknownMember(ProblemPath path, String name, Shape.Struct owner, List<String> candidates,
      JsonLocation location) {
    EcsMembers.TypeInfo ecs = owner.ecs();
    Optional<String> suggestion = Suggestions.closest(name, candidates);
    String fix;
    if (suggestion.isPresent()) {
      String s = suggestion.get();
      fix = "did you mean '" + s + "'?"
          + (s.equalsIgnoreCase(name) ? " ECS member names are case-sensitive." : "")
          + (owner.member(s) == null && ecs.ecsMembers().contains(s)
              ? " (an ECS member that ecs-dsl does not simulate)" : "");
    } else if (candidates.size() <= 12) {
      fix = "remove it; the members of " + ecs.ecsName() + " are " + String.join(", ", candidates);
    } else {
      fix = "remove it, or look up the members of " + ecs.ecsName() + " in the Amazon ECS API reference";
    }
    return Problem.error(path, JsonRules.UNKNOWN_MEMBER,
        "unknown member '" + name + "': " + ecs.ecsName() + " has no such member" + at(location), fix);
  }

  static Problem unknownWrapperMember(ProblemPath path, String name, Envelope envelope, JsonLocation location) {
    Optional<String> suggestion = Suggestions.closest(name, envelope.members());
    return Problem.error(path, JsonRules.UNKNOWN_MEMBER,
        "unknown member '" + name + "': " + envelope.operation() + " output has no such member" + at(location),
        suggestion.map(s -> "did you mean '" + s + "'?")
            .orElse("remove it; the members of " + envelope.operation() + " output are "
                + String.join(", ", envelope.members())));
  }

  static Problem unsupportedMember(ProblemPath path, String name, Shape.Struct owner, JsonLocation location) {
    return Problem.warning(path, JsonRules.UNSUPPORTED_MEMBER,
        "ECS member '" + name + "' is not simulated by ecs-dsl and was ignored" + at(location),
        "nothing to do if the simulation may run without it; remove '" + name + "' from "
            + owner.ecs().ecsName() + " to silence this warning");
  }

  static Problem readOnlyMember(ProblemPath path, String name, String operation, String usedAs,
      JsonLocation location) {
    String what = "'" + name + "' is a read-only member of " + operation + " output, "
        + (usedAs == null ? "ignored" : "used as '" + usedAs + "'");
    String input = operation.equals("DescribeServices") ? "the create-service input"
        : operation.equals("DescribeTaskDefinition") ? "the register-task-definition input" : "the input";
    return Problem.warning(path, JsonRules.READ_ONLY_MEMBER, what + at(location),
        usedAs == null
            ? "remove it: ECS sets it itself, and " + input + " does not take it"
            : "write it as '" + usedAs + "', the member " + input + " takes");
  }

  static Problem wrongType(ProblemPath path, String label, Shape expected, String found, String fix,
      JsonLocation location) {
    return Problem.error(path, JsonRules.WRONG_TYPE,
        "'" + label + "' must be " + expected.expected() + ", found " + found + at(location), fix);
  }

  static Problem outOfRange(ProblemPath path, String label, String found, String range, JsonLocation location) {
    return Problem.error(path, JsonRules.WRONG_TYPE,
        "'" + label + "' is out of range: " + found + at(location), "give a whole number " + range);
  }

  static Problem unknownValue(ProblemPath path, String label, String value, Shape.Choice choice,
      JsonLocation location) {
    Optional<String> suggestion = Suggestions.closest(value, choice.values());
    String allowed = String.join(", ", choice.values());
    return Problem.error(path, JsonRules.WRONG_TYPE,
        "'" + value + "' is not a valid value of '" + label + "'; allowed: " + allowed + at(location),
        suggestion.map(s -> "did you mean '" + s + "'?" + (s.equalsIgnoreCase(value)
                ? " ECS values are case-sensitive." : ""))
            .orElse("use one of " + allowed));
  }

  static Problem unsupportedValue(ProblemPath path, String label, String value, Shape.Choice choice,
      JsonLocation location) {
    return Problem.error(path, JsonRules.UNSUPPORTED_VALUE,
        "'" + value + "' is an ECS value of '" + label + "' that ecs-dsl does not simulate" + at(location),
        "use one of " + String.join(", ", choice.values()));
  }

  static Problem missingMember(ProblemPath path, String name, String writtenName, Shape.Struct owner,
      boolean wasNull, JsonLocation objectStart) {
    return Problem.error(path, JsonRules.MISSING_MEMBER,
        "required member '" + writtenName + "' of " + owner.ecs().ecsName() + " is " + (wasNull ? "null" : "missing")
            + (objectStart == null || objectStart.getLineNr() < 1 ? ""
                : " (object at line " + objectStart.getLineNr() + ", column " + objectStart.getColumnNr() + ")"),
        "add \"" + writtenName + "\" with " + owner.member(name).shape().expected());
  }

  static Problem invalid(String message) {
    return Problem.error(ProblemPath.root(), JsonRules.INVALID_VALUE, message,
        "correct the values the message names");
  }
}

package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import dev.ecsdsl.validation.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of every problem that reading ECS JSON reports: what is wrong, where (path, and line and column
 * as {@link Problem#location()}) and what would fix it. Names and values are echoed {@link Clip clipped}. One
 * place, so that messages stay consistent.
 */
final class JsonProblems {
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
  private static final Pattern INTERNALS = Pattern.compile(
      "\\s*\\([^()]*(?:Feature '|JsonReadFeature|StreamReadConstraints|JsonFactory)[^()]*\\)| \\(code \\d+\\)");

  private JsonProblems() {}

  /** The location of a Jackson token, if it has one. */
  static Optional<SourceLocation> location(JsonLocation location) {
    if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return Optional.empty();
    }
    return Optional.of(new SourceLocation(location.getLineNr(), location.getColumnNr()));
  }

  /** The problem at the Jackson location, when it has one. */
  private static Problem at(Problem problem, JsonLocation where) {
    return location(where).map(problem::at).orElse(problem);
  }

  static Problem syntax(JsonLocation location, String detail) {
    return at(Problem.error(ProblemPath.root(), JsonRules.SYNTAX, "not valid JSON: " + detail,
        "correct the JSON at that position; the file must be one JSON object as "
            + "'aws ecs ... --generate-cli-skeleton' prints it"), location);
  }

  /** A syntax problem from Jackson's exception, with its line and column, without Jackson's internals. */
  static Problem syntax(JsonProcessingException e) {
    String message = SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("[");
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      return at(Problem.error(ProblemPath.root(), JsonRules.DUPLICATE_MEMBER,
          "member '" + Clip.of(duplicate.group(1)) + "' appears twice in one object", "keep one of the two members"),
          e.getLocation());
    }
    return syntax(e.getLocation(), plain(message));
  }

  /** Jackson's message without its internals (feature names, character codes), clipped. */
  private static String plain(String message) {
    String plain = INTERNALS.matcher(message).replaceAll("");
    return plain.length() > 300 ? plain.substring(0, 300) + "…" : plain;
  }

  /** A member that appears a second time in one object (the AWS CLI would send the last one). */
  static Problem duplicateMember(ProblemPath path, String name, JsonLocation location) {
    return at(Problem.error(path, JsonRules.DUPLICATE_MEMBER,
        "member '" + Clip.of(name) + "' appears twice in one object", "keep one of the two members"), location);
  }

  static Problem emptyDocument() {
    return Problem.error(ProblemPath.root(), JsonRules.SYNTAX, "the file is empty",
        "give one JSON object as 'aws ecs ... --generate-cli-skeleton' prints it").at(new SourceLocation(1, 1));
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
    return at(Problem.error(path, JsonRules.UNKNOWN_MEMBER,
        "unknown member '" + Clip.of(name) + "': " + ecs.ecsName() + " has no such member", fix), location);
  }

  static Problem unknownWrapperMember(ProblemPath path, String name, Envelope envelope, JsonLocation location) {
    Optional<String> suggestion = Suggestions.closest(name, envelope.members());
    return at(Problem.error(path, JsonRules.UNKNOWN_MEMBER,
        "unknown member '" + Clip.of(name) + "': " + envelope.operation() + " output has no such member",
        suggestion.map(s -> "did you mean '" + s + "'?")
            .orElse("remove it; the members of " + envelope.operation() + " output are "
                + String.join(", ", envelope.members()))), location);
  }

  static Problem unsupportedMember(ProblemPath path, String name, Shape.Struct owner, JsonLocation location) {
    return at(Problem.warning(path, JsonRules.UNSUPPORTED_MEMBER,
        "ECS member '" + name + "' is not simulated by ecs-dsl and was ignored",
        "nothing to do if the simulation may run without it; remove '" + name + "' from "
            + owner.ecs().ecsName() + " to silence this warning"), location);
  }

  static Problem readOnlyMember(ProblemPath path, String name, String operation, String usedAs,
      JsonLocation location) {
    String what = "'" + name + "' is a read-only member of " + operation + " output, "
        + (usedAs == null ? "ignored" : "used as '" + usedAs + "'");
    String input = operation.equals("DescribeServices") ? "the create-service input"
        : operation.equals("DescribeTaskDefinition") ? "the register-task-definition input" : "the input";
    return at(Problem.warning(path, JsonRules.READ_ONLY_MEMBER, what,
        usedAs == null
            ? "remove it: ECS sets it itself, and " + input + " does not take it"
            : "write it as '" + usedAs + "', the member " + input + " takes"), location);
  }

  static Problem wrongType(ProblemPath path, String label, Shape expected, String found, String fix,
      JsonLocation location) {
    return at(Problem.error(path, JsonRules.WRONG_TYPE,
        "'" + Clip.of(label) + "' must be " + expected.expected() + ", found " + found, fix), location);
  }

  static Problem outOfRange(ProblemPath path, String label, String found, String range, JsonLocation location) {
    return at(Problem.error(path, JsonRules.WRONG_TYPE,
        "'" + Clip.of(label) + "' is out of range: " + Clip.of(found), "give a whole number " + range), location);
  }

  static Problem unknownValue(ProblemPath path, String label, String value, Shape.Choice choice,
      JsonLocation location) {
    Optional<String> suggestion = Suggestions.closest(value, choice.values());
    String allowed = String.join(", ", choice.values());
    List<String> placeholders = Placeholders.find(value);
    String fix = !placeholders.isEmpty()
        ? "fill in the template placeholder " + placeholders.get(0) + " with one of " + allowed
            + " before the file goes to ECS, and validate the filled-in file"
        : suggestion.map(s -> "did you mean '" + s + "'?" + (s.equalsIgnoreCase(value)
                ? " ECS values are case-sensitive." : ""))
            .orElse("use one of " + allowed);
    return at(Problem.error(path, JsonRules.WRONG_TYPE,
        "'" + Clip.of(value) + "' is not a valid value of '" + Clip.of(label) + "'; allowed: " + allowed, fix),
        location);
  }

  static Problem unsupportedValue(ProblemPath path, String label, String value, Shape.Choice choice,
      JsonLocation location) {
    return at(Problem.warning(path, JsonRules.UNSUPPORTED_VALUE,
        "'" + value + "' is an ECS value of '" + label + "' that ecs-dsl does not simulate; it was ignored",
        "nothing to do if the simulation may run without it; ecs-dsl simulates "
            + String.join(", ", choice.values())), location);
  }

  /** A required member that is missing; located at the start of its object. */
  static Problem missingMember(ProblemPath path, String name, Shape.Struct owner, boolean wasNull,
      JsonLocation objectStart) {
    return at(Problem.error(path, JsonRules.MISSING_MEMBER,
        "required member '" + name + "' of " + owner.ecs().ecsName() + " is " + (wasNull ? "null" : "missing"),
        "add \"" + name + "\" with " + owner.member(name).shape().expected()), objectStart);
  }

  /**
   * A member CreateService requires that the AWS CLI takes from a flag instead (e.g. {@code serviceName} from
   * {@code --service-name}); located at the start of the object.
   */
  static Problem fromCommandLine(ProblemPath path, String name, String flag, String command,
      JsonLocation objectStart) {
    return at(Problem.warning(path, JsonRules.COMMAND_LINE_MEMBER,
        "'" + name + "' is missing; " + command + " needs it, which the AWS CLI takes from " + flag + " ('aws ecs "
            + command + " " + flag + " VALUE --cli-input-json file://...'); without it the deploy fails",
        "give " + flag + " VALUE to bin/ecs-dsl validate as you give it to the AWS CLI (the rules then check it),"
            + " or add \"" + name + "\" to the file"), objectStart);
  }

  /** Members set to null in one object: the AWS CLI refuses null where it wants a value. */
  static Problem nullMembers(ProblemPath path, List<String> names, JsonLocation first) {
    String listed = names.size() <= 5 ? String.join(", ", names)
        : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
    return at(Problem.warning(path, JsonRules.NULL_VALUE,
        (names.size() == 1 ? "'" + names.get(0) + "' is null" : names.size() + " members are null (" + listed + ")")
            + ": the AWS CLI refuses null ('Invalid type for parameter " + names.get(0)
            + ", value: None'), so the deploy would fail there",
        "remove " + (names.size() == 1 ? "the member" : "them") + " (a missing member is not set) or give "
            + (names.size() == 1 ? "it a value" : "values")), first);
  }

  /** A string value that holds template placeholders (e.g. {@code ${IMAGE}}) nobody filled in. */
  static Problem placeholder(ProblemPath path, String member, String value, List<String> found,
      JsonLocation location) {
    return at(Problem.warning(path, JsonRules.PLACEHOLDER,
        "'" + Clip.of(value) + "' holds the template placeholder" + (found.size() == 1 ? " " : "s ")
            + String.join(", ", found) + ": ECS does not fill in placeholders, " + Placeholders.consequence(member),
        "fill in the placeholder before the file goes to ECS (envsubst, sed, your deploy tool's templating) and "
            + "validate the filled-in file"), location);
  }

  /** A document too large to read into the model; its JSON was still checked. */
  static Problem tooLarge(long size, long limit, String what) {
    return Problem.error(ProblemPath.root(), JsonRules.DOCUMENT_TOO_LARGE,
        "the document is " + size + " bytes; ecs-dsl checks ECS's rules on documents of up to " + limit
            + " bytes (ECS itself takes a task definition of at most 64 KiB), so only its JSON was checked",
        "keep the file to the one " + what + " that ECS takes").at(new SourceLocation(1, 1));
  }

  /** A problem the model's own checks found while building a value. */
  static Problem invalid(String message) {
    return Problem.error(ProblemPath.root(), JsonRules.INVALID_VALUE, message,
        "correct the values the message names");
  }
}

package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import dev.ecsdsl.validation.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports one kind of ECS JSON document: parses it (syntax errors with line and column), checks that it is
 * the kind of document asked for, unwraps describe output, walks it against the model with
 * {@link CheckingReader} (every problem at once), and binds the clean result with Jackson.
 *
 * @param <T> the model type
 */
final class Importer<T> {
  /** Imports RegisterTaskDefinition input and DescribeTaskDefinition output. */
  static final Importer<TaskDefinition> TASK_DEFINITION = new Importer<>(TaskDefinition.class,
      EcsJson.Kind.TASK_DEFINITION, "a task definition", "aws ecs register-task-definition --cli-input-json",
      "EcsJson.readService");
  /** Imports CreateService input and DescribeServices output. */
  static final Importer<Service> SERVICE = new Importer<>(Service.class,
      EcsJson.Kind.SERVICE, "a service", "aws ecs create-service --cli-input-json",
      "EcsJson.readTaskDefinition");

  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  private final Class<T> modelType;
  private final EcsJson.Kind kind;
  private final String what;
  private final String command;
  private final String otherReader;

  private Importer(Class<T> modelType, EcsJson.Kind kind, String what, String command, String otherReader) {
    this.modelType = modelType;
    this.kind = kind;
    this.what = what;
    this.command = command;
    this.otherReader = otherReader;
  }

  /** Reads the text; throws {@link EcsJsonException} listing every error. */
  JsonImport<T> read(String sourceName, String text) {
    String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (json.isBlank()) {
      throw new EcsJsonException(sourceName, List.of(JsonProblems.emptyDocument()));
    }
    JsonNode tree;
    try {
      tree = EcsObjectMapper.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new EcsJsonException(sourceName, List.of(syntaxProblem(e)));
    }
    checkDocument(sourceName, tree);
    Optional<Envelope> envelope = Envelope.of(kind, tree);
    envelope.ifPresent(e -> checkEnvelope(sourceName, e, tree));

    List<Problem> problems = new ArrayList<>();
    ObjectNode clean;
    try (JsonParser parser = EcsObjectMapper.MAPPER.createParser(json)) {
      CheckingReader reader = new CheckingReader(parser, problems);
      parser.nextToken();
      Shape.Struct root = ModelShapes.of(modelType);
      clean = envelope.isPresent()
          ? readEnvelope(parser, reader, envelope.get(), root, problems)
          : reader.readStruct(root, ProblemPath.root(), "(root)");
    } catch (JsonProcessingException e) {
      problems.add(syntaxProblem(e));
      throw new EcsJsonException(sourceName, problems);
    } catch (IOException e) {
      problems.add(JsonProblems.syntax(null, String.valueOf(e.getMessage())));
      throw new EcsJsonException(sourceName, problems);
    }
    if (clean == null || problems.stream().anyMatch(Problem::isError)) {
      throw new EcsJsonException(sourceName, problems);
    }
    return new JsonImport<>(bind(sourceName, clean, problems, modelType), problems);
  }

  /**
   * Reads a value of the model type from a tree spelt as {@code naming} says; throws
   * {@link EcsJsonException} listing every error. Problems carry paths as the tree spells them and no line.
   */
  static <V> JsonImport<V> readTree(String sourceName, JsonNode tree, Class<V> modelType, MemberNaming naming) {
    List<Problem> problems = new ArrayList<>();
    ObjectNode clean;
    try (JsonParser parser = EcsObjectMapper.MAPPER.treeAsTokens(tree)) {
      CheckingReader reader = new CheckingReader(parser, problems, naming);
      parser.nextToken();
      clean = reader.readStruct(ModelShapes.of(modelType), ProblemPath.root(), "(root)");
    } catch (IOException e) {
      problems.add(JsonProblems.syntax(null, String.valueOf(e.getMessage())));
      throw new EcsJsonException(sourceName, problems);
    }
    if (clean == null || problems.stream().anyMatch(Problem::isError)) {
      throw new EcsJsonException(sourceName, problems);
    }
    return new JsonImport<>(bind(sourceName, clean, problems, modelType), problems);
  }

  private void checkDocument(String sourceName, JsonNode tree) {
    if (!tree.isObject()) {
      throw new EcsJsonException(sourceName, List.of(JsonProblems.wrongDocument(
          "expected a JSON object holding " + what + ", found " + describe(tree) + " (line 1, column 1)",
          "give the JSON that '" + command + "' takes: one object")));
    }
    EcsJson.Kind detected = KindDetector.detect(tree);
    if (detected != EcsJson.Kind.UNKNOWN && detected != kind) {
      String found = detected == EcsJson.Kind.SERVICE
          ? "a service (it has 'serviceName' or a 'taskDefinition' name)"
          : "a task definition (it has 'family' or 'containerDefinitions')";
      throw new EcsJsonException(sourceName, List.of(JsonProblems.wrongDocument(
          "expected " + what + ", but this is " + found,
          "read it with " + otherReader + ", or give the JSON that '" + command + "' takes")));
    }
  }

  private static void checkEnvelope(String sourceName, Envelope envelope, JsonNode tree) {
    if (envelope.innerIsArray() && tree.get(envelope.inner()).size() != 1) {
      int n = tree.get(envelope.inner()).size();
      throw new EcsJsonException(sourceName, List.of(JsonProblems.wrongDocument(
          envelope.operation() + " output holds " + n + (n == 1 ? " element" : " elements") + " in '"
              + envelope.inner() + "'; ecs-dsl reads exactly one per file",
          "keep only the one to import in '" + envelope.inner() + "'")));
    }
  }

  private static ObjectNode readEnvelope(JsonParser parser, CheckingReader reader, Envelope envelope,
      Shape.Struct root, List<Problem> problems) throws IOException {
    ObjectNode inner = null;
    JsonNode tags = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonLocation at = parser.currentTokenLocation();
      parser.nextToken();
      if (name.equals(envelope.inner()) && envelope.innerIsArray()) {
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          if (i == 0) {
            inner = reader.readStruct(root, ProblemPath.of(name + "[0]"), name + "[0]");
          } else {
            reader.skipReportingEmpty();
          }
          i++;
        }
      } else if (name.equals(envelope.inner())) {
        inner = reader.readStruct(root, ProblemPath.of(name), name);
      } else if (name.equals("tags") && envelope.members().contains("tags") && root.member("tags") != null) {
        tags = reader.read(root.member("tags").shape(), ProblemPath.root(), "tags");
      } else if (envelope.members().contains(name)) {
        if (!reader.skipReportingEmpty()) {
          problems.add(JsonProblems.readOnlyMember(ProblemPath.of(name), name, envelope.operation(), null, at));
        }
      } else {
        reader.skipReportingEmpty();
        problems.add(JsonProblems.unknownWrapperMember(ProblemPath.of(name), name, envelope, at));
      }
    }
    if (inner != null && tags instanceof ArrayNode extra && !extra.isEmpty()) {
      JsonNode existing = inner.get("tags");
      ArrayNode merged = existing instanceof ArrayNode a ? a : inner.arrayNode();
      for (JsonNode tag : extra) {
        boolean known = false;
        for (JsonNode t : merged) {
          known |= t.equals(tag);
        }
        if (!known) {
          merged.add(tag);
        }
      }
      inner.set("tags", merged);
    }
    return inner;
  }

  private static <V> V bind(String sourceName, ObjectNode clean, List<Problem> warnings, Class<V> modelType) {
    try {
      return EcsObjectMapper.MAPPER.treeToValue(clean, modelType);
    } catch (JsonProcessingException | RuntimeException e) {
      List<Problem> problems = new ArrayList<>(warnings);
      ValidationException invalid = findValidationException(e);
      if (invalid != null) {
        problems.addAll(invalid.problems());
      } else {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
          root = root.getCause();
        }
        problems.add(JsonProblems.invalid("the model refused the values: " + root.getMessage()));
      }
      throw new EcsJsonException(sourceName, problems);
    }
  }

  private static ValidationException findValidationException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ValidationException v) {
        return v;
      }
    }
    return null;
  }

  /** A syntax problem from Jackson's exception, with its line and column. */
  static Problem syntaxProblem(JsonProcessingException e) {
    String message = SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("[");
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      return JsonProblems.duplicate(e.getLocation(), "member '" + duplicate.group(1) + "' appears twice in one object");
    }
    return JsonProblems.syntax(e.getLocation(), message);
  }

  private static String describe(JsonNode node) {
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    return node.isNull() ? "null" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}

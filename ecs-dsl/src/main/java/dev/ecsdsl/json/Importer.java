package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.Volume;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.validation.BoundedProblems;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import dev.ecsdsl.validation.ValidationException;
import dev.ecsdsl.validation.ValidationResult;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports one kind of ECS JSON document in streaming passes, so that memory does not grow with the document:
 * an outline (syntax, kind, describe-output wrapper), then a walk against the model with
 * {@link CheckingReader} (every problem at once), then Jackson binds the clean result. Documents over
 * {@link #MODEL_LIMIT} bytes are walked for their problems but not turned into a model value.
 *
 * @param <T> the model type
 */
final class Importer<T> {
  /** The largest document read into the model: 64 times the 64 KiB ECS takes for a task definition. */
  static final long MODEL_LIMIT = 4L * 1024 * 1024;

  /** Imports RegisterTaskDefinition input and DescribeTaskDefinition output. */
  static final Importer<TaskDefinition> TASK_DEFINITION = new Importer<>(TaskDefinition.class,
      EcsJson.Kind.TASK_DEFINITION, "a task definition", "aws ecs register-task-definition --cli-input-json",
      "EcsJson.readService", "task definition ");
  /** Imports CreateService input and DescribeServices output. */
  static final Importer<Service> SERVICE = new Importer<>(Service.class,
      EcsJson.Kind.SERVICE, "a service", "aws ecs create-service --cli-input-json",
      "EcsJson.readTaskDefinition", "service ");

  /** What stands in for a member the file leaves to the command line or that ECS does not need. */
  private static final Map<String, String> STAND_INS = Map.of(
      "serviceName", "unnamed-service", "taskDefinition", "unnamed-task-definition");

  private final Class<T> modelType;
  private final EcsJson.Kind kind;
  private final String what;
  private final String command;
  private final String otherReader;
  private final String pathPrefix;

  private Importer(Class<T> modelType, EcsJson.Kind kind, String what, String command, String otherReader,
      String pathPrefix) {
    this.modelType = modelType;
    this.kind = kind;
    this.what = what;
    this.command = command;
    this.otherReader = otherReader;
    this.pathPrefix = pathPrefix;
  }

  /** Reads the text strictly; throws {@link EcsJsonException} listing every error. */
  JsonImport<T> read(String sourceName, String text) {
    JsonCheck<T> check = check(JsonSource.of(text), CommandLineMembers.none(), BoundedProblems.DEFAULT_LIMIT, false);
    ValidationResult result = check.problems();
    if (!result.isValid() || check.value().isEmpty()) {
      throw new EcsJsonException(sourceName, result.problems());
    }
    return new JsonImport<>(check.value().get(), result.problems());
  }

  /**
   * Reads the document for checking: every problem, and the value of what could be read. With
   * {@code lenient}, members the command line or ECS may supply (a service's serviceName and, for the
   * EXTERNAL deployment controller, taskDefinition) get stand-ins instead of failing the document.
   */
  JsonCheck<T> check(JsonSource source, CommandLineMembers commandLine, int limit, boolean lenient) {
    BoundedProblems problems = new BoundedProblems(limit);
    DocumentOutline outline = DocumentOutline.scan(source);
    Optional<Problem> unfit = unfit(outline);
    if (unfit.isPresent()) {
      problems.add(unfit.get());
      return new JsonCheck<>(Optional.empty(), problems.result(), Set.of(), null);
    }
    Optional<Envelope> envelope = Envelope.of(kind, outline);
    boolean keep = source.size() <= MODEL_LIMIT;
    if (!keep) {
      problems.add(JsonProblems.tooLarge(source.size(), MODEL_LIMIT, what.substring(2)));
    }
    Map<String, JsonNode> overrides = kind == EcsJson.Kind.SERVICE ? overrides(commandLine, problems) : Map.of();
    CheckingReader.Root root;
    CheckingReader reader;
    try (JsonParser parser = source.open()) {
      reader = new CheckingReader(parser, problems, keep);
      parser.nextToken();
      Shape.Struct shape = ModelShapes.of(modelType);
      root = envelope.isPresent()
          ? readEnvelope(parser, reader, envelope.get(), shape, problems, overrides)
          : reader.readRoot(shape, ProblemPath.root(), "(root)", overrides);
    } catch (JsonProcessingException e) {
      problems.add(JsonProblems.syntax(e));
      return new JsonCheck<>(Optional.empty(), problems.result(), Set.of(), null);
    } catch (IOException e) {
      problems.add(JsonProblems.syntax(null, "cannot be read: " + e.getMessage()));
      return new JsonCheck<>(Optional.empty(), problems.result(), Set.of(), null);
    }
    if (!keep || root == null) {
      return new JsonCheck<>(Optional.empty(), problems.result(), Set.of(), null);
    }
    ProblemPath path = envelope.map(e -> ProblemPath.of(e.innerSegment())).orElse(ProblemPath.root());
    Set<String> standIns = new HashSet<>();
    boolean complete = true;
    for (String name : root.missing()) {
      Optional<Problem> problem = missing(name, root, path, lenient);
      problem.ifPresent(problems::add);
      if (lenient && STAND_INS.containsKey(name) && problem.map(p -> !p.isError()).orElse(true)) {
        root.out().set(name, TextNode.valueOf(STAND_INS.get(name)));
        standIns.add(name);
      } else {
        complete = false;
      }
    }
    if (!complete || reader.incomplete()) {
      return new JsonCheck<>(Optional.empty(), problems.result(), Set.of(), null);
    }
    Optional<T> value = bind(root.out(), problems);
    value.flatMap(NotYetSimulated::warning).ifPresent(problems::add);
    SourceLocator locator = value.map(v -> new SourceLocator(source, pathPrefix, path, namedLists(v),
        reader.dropped())).orElse(null);
    return new JsonCheck<>(value, problems.result(), standIns, locator);
  }

  /** Why the document cannot be read as this kind at all, if it cannot. */
  private Optional<Problem> unfit(DocumentOutline outline) {
    if (outline.empty()) {
      return Optional.of(JsonProblems.emptyDocument());
    }
    if (outline.syntax().isPresent()) {
      return outline.syntax();
    }
    if (outline.root() != JsonToken.START_OBJECT) {
      Problem wrong = JsonProblems.wrongDocument(
          "expected a JSON object holding " + what + ", found " + describe(outline.root()),
          "give the JSON that '" + command + "' takes: one object");
      return Optional.of(outline.rootLocation().map(wrong::at).orElse(wrong));
    }
    EcsJson.Kind detected = KindDetector.decide(outline.members());
    if (detected != EcsJson.Kind.UNKNOWN && detected != kind) {
      String found = detected == EcsJson.Kind.SERVICE
          ? "a service (it has 'serviceName' or a 'taskDefinition' name)"
          : "a task definition (it has 'family' or 'containerDefinitions')";
      return Optional.of(JsonProblems.wrongDocument("expected " + what + ", but this is " + found,
          "read it with " + otherReader + ", or give the JSON that '" + command + "' takes"));
    }
    Optional<Envelope> envelope = Envelope.of(kind, outline);
    if (envelope.isPresent() && envelope.get().innerIsArray()
        && outline.arrayLengths().getOrDefault(envelope.get().inner(), 0) != 1) {
      Envelope e = envelope.get();
      int n = outline.arrayLengths().getOrDefault(e.inner(), 0);
      return Optional.of(JsonProblems.wrongDocument(
          e.operation() + " output holds " + n + (n == 1 ? " element" : " elements") + " in '" + e.inner()
              + "'; ecs-dsl reads exactly one per file",
          "keep only the one to import in '" + e.inner() + "'"));
    }
    return Optional.empty();
  }

  /** The command-line members as JSON values; a launch type that is not one is reported and left out. */
  private static Map<String, JsonNode> overrides(CommandLineMembers commandLine, BoundedProblems problems) {
    Map<String, JsonNode> overrides = new LinkedHashMap<>();
    Shape.Struct shape = ModelShapes.of(Service.class);
    for (Map.Entry<String, String> e : commandLine.members().entrySet()) {
      Shape memberShape = shape.member(e.getKey()).shape();
      ProblemPath path = ProblemPath.of(e.getKey());
      String label = e.getKey() + " (" + CommandLineMembers.flag(e.getKey()) + ")";
      if (memberShape instanceof Shape.Choice choice && !choice.values().contains(e.getValue())) {
        problems.add(EcsMembers.ecsOnlyValues(choice.type()).contains(e.getValue())
            ? JsonProblems.unsupportedValue(path, label, e.getValue(), choice, null)
            : JsonProblems.unknownValue(path, label, e.getValue(), choice, null));
      } else {
        overrides.put(e.getKey(), TextNode.valueOf(e.getValue()));
      }
    }
    return overrides;
  }

  /** The problem of a required member the root lacks; empty when ECS does not need it there. */
  private Optional<Problem> missing(String name, CheckingReader.Root root, ProblemPath path, boolean lenient) {
    Shape.Struct shape = ModelShapes.of(modelType);
    JsonLocation start = root.start();
    if (lenient && kind == EcsJson.Kind.SERVICE && name.equals("serviceName")) {
      return Optional.of(JsonProblems.fromCommandLine(path.then(name), name, "--service-name", "create-service",
          start));
    }
    if (lenient && kind == EcsJson.Kind.SERVICE && name.equals("taskDefinition")) {
      // CreateService: "A task definition must be specified if the service uses either the ECS or CODE_DEPLOY
      // deployment controllers."
      String controller = root.out().path("deploymentController").path("type").asText("ECS");
      if (controller.equals("EXTERNAL")) {
        return Optional.empty();
      }
    }
    return Optional.of(JsonProblems.missingMember(path.then(name), name, shape, root.nulls().contains(name), start));
  }

  private CheckingReader.Root readEnvelope(JsonParser parser, CheckingReader reader, Envelope envelope,
      Shape.Struct root, BoundedProblems problems, Map<String, JsonNode> overrides) throws IOException {
    CheckingReader.Root inner = null;
    JsonNode tags = null;
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonLocation at = parser.currentTokenLocation();
      parser.nextToken();
      if (envelope.members().contains(name) && !seen.add(name)) {
        problems.add(JsonProblems.duplicateMember(ProblemPath.of(name), name, at));
        reader.skipReportingEmpty();
        continue;
      }
      if (name.equals(envelope.inner()) && envelope.innerIsArray()) {
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          if (i == 0) {
            inner = reader.readRoot(root, ProblemPath.of(envelope.innerSegment()), envelope.innerSegment(),
                overrides);
          } else {
            reader.skipReportingEmpty();
          }
          i++;
        }
      } else if (name.equals(envelope.inner())) {
        inner = reader.readRoot(root, ProblemPath.of(name), name, overrides);
      } else if (name.equals("tags") && envelope.members().contains("tags") && root.member("tags") != null) {
        tags = reader.read(root.member("tags").shape(), ProblemPath.root(), "tags");
      } else if (envelope.members().contains(name)) {
        if (!reader.skipReportingEmpty()) {
          problems.add(JsonProblems.readOnlyMember(ProblemPath.of(name), name, envelope.operation(), null, at));
        }
      } else {
        reader.skipReportingEmpty();
        problems.add(JsonProblems.unknownWrapperMember(ProblemPath.of(Clip.of(name)), name, envelope, at));
      }
    }
    if (inner != null && tags instanceof ArrayNode extra && !extra.isEmpty()) {
      ObjectNode out = inner.out();
      JsonNode existing = out.get("tags");
      ArrayNode merged = existing instanceof ArrayNode a ? a : out.arrayNode();
      for (JsonNode tag : extra) {
        boolean known = false;
        for (JsonNode t : merged) {
          known |= t.equals(tag);
        }
        if (!known) {
          merged.add(tag);
        }
      }
      out.set("tags", merged);
    }
    return inner;
  }

  /** The model value of the clean tree, or the model's own problems with the values. */
  private Optional<T> bind(ObjectNode clean, BoundedProblems problems) {
    try {
      return Optional.of(EcsObjectMapper.MAPPER.treeToValue(clean, modelType));
    } catch (JsonProcessingException | RuntimeException e) {
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
      return Optional.empty();
    }
  }

  /** The lists whose elements rules name by their name: containers and volumes of a task definition. */
  private static List<SourceLocator.NamedList> namedLists(Object value) {
    if (value instanceof TaskDefinition td) {
      return List.of(
          new SourceLocator.NamedList("container ", "containerDefinitions",
              td.containerDefinitions().stream().map(ContainerDefinition::name).toList()),
          new SourceLocator.NamedList("volume ", "volumes", td.volumes().stream().map(Volume::name).toList()));
    }
    return List.of();
  }

  private static ValidationException findValidationException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ValidationException v) {
        return v;
      }
    }
    return null;
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }
}

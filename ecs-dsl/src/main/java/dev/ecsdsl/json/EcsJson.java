package dev.ecsdsl.json;

import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.BoundedProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes ECS JSON: task definitions as {@code aws ecs register-task-definition --cli-input-json}
 * takes them, and services as {@code aws ecs create-service --cli-input-json} takes them.
 *
 * <p><b>Reading</b> accepts that input JSON, and also the output of {@code describe-task-definition}
 * ({@code {"taskDefinition": {...}, "tags": [...]}}) and {@code describe-services} ({@code {"services":
 * [one service], "failures": []}}), whose read-only members (ARN, revision, status, counts, deployments,
 * events, ...) are dropped with a {@link JsonRules#READ_ONLY_MEMBER} warning each. ECS members the model
 * does not hold (e.g. {@code proxyConfiguration}, {@code systemControls}) are dropped with a
 * {@link JsonRules#UNSUPPORTED_MEMBER} warning, unless empty. Members the model reads and validation checks
 * but the runtimes do not simulate yet (Service Connect, EBS volumes configured at launch, Availability Zone
 * rebalancing, Managed Instances) are kept, with one {@link JsonRules#NOT_YET_SIMULATED} warning per file that names
 * them. Everything else that is wrong is an error, and
 * all errors of a file are reported together in one {@link EcsJsonException}: misspelt or unknown members
 * (with the closest known name), wrong JSON types ({@code "512"} where ECS wants a number), unknown enum
 * values (with the closest allowed value), missing required members, and text that is not JSON. Every
 * problem names its ECS path ({@code containerDefinitions[0] → portMapping}) and its line and column.
 *
 * <p><b>Writing</b> produces that input JSON, two-space indented, members in ECS's documented order, empty
 * arrays and maps and absent optionals left out, empty strings kept: reading it back gives an equal model.
 *
 * <p>All methods are static and thread-safe.
 */
public final class EcsJson {

  /** What a JSON document holds, as told by {@link #detect(String)}. */
  public enum Kind {
    /** A task definition: RegisterTaskDefinition input or DescribeTaskDefinition output. */
    TASK_DEFINITION,
    /** A service: CreateService input or DescribeServices output. */
    SERVICE,
    /** Neither, or not JSON. */
    UNKNOWN
  }

  private EcsJson() {}

  /**
   * Imports a task definition.
   *
   * @param sourceName the file name (or any name) used in messages
   * @param json RegisterTaskDefinition input or DescribeTaskDefinition output
   * @return the task definition and the warnings about what was dropped
   * @throws EcsJsonException listing every error, when the JSON cannot be imported
   */
  public static JsonImport<TaskDefinition> readTaskDefinition(String sourceName, String json) {
    return Importer.TASK_DEFINITION.read(Objects.requireNonNull(sourceName, "sourceName"),
        Objects.requireNonNull(json, "json"));
  }

  /**
   * Imports a task definition from a UTF-8 file; messages name the file.
   *
   * @param file the JSON file
   * @return the task definition and the warnings about what was dropped
   * @throws EcsJsonException listing every error, when the JSON cannot be imported
   * @throws UncheckedIOException when the file cannot be read
   */
  public static JsonImport<TaskDefinition> readTaskDefinition(Path file) {
    return readTaskDefinition(file.toString(), readFile(file));
  }

  /**
   * Imports a service. Its {@code autoScaling} is never part of the JSON and stays empty.
   *
   * @param sourceName the file name (or any name) used in messages
   * @param json CreateService input or DescribeServices output (with exactly one service)
   * @return the service and the warnings about what was dropped
   * @throws EcsJsonException listing every error, when the JSON cannot be imported
   */
  public static JsonImport<Service> readService(String sourceName, String json) {
    return Importer.SERVICE.read(Objects.requireNonNull(sourceName, "sourceName"),
        Objects.requireNonNull(json, "json"));
  }

  /**
   * Imports a service from a UTF-8 file; messages name the file.
   *
   * @param file the JSON file
   * @return the service and the warnings about what was dropped
   * @throws EcsJsonException listing every error, when the JSON cannot be imported
   * @throws UncheckedIOException when the file cannot be read
   */
  public static JsonImport<Service> readService(Path file) {
    return readService(file.toString(), readFile(file));
  }

  /**
   * Reads a task definition for checking, as {@code bin/ecs-dsl validate} does: every problem of reading
   * (errors too, each with line and column) and the value of what could be read, so that ECS's rules can
   * check it as well. Never throws on bad content.
   *
   * @param json RegisterTaskDefinition input or DescribeTaskDefinition output
   * @return the problems and, unless the document is unusable, the value
   */
  public static JsonCheck<TaskDefinition> checkTaskDefinition(String json) {
    return Importer.TASK_DEFINITION.check(JsonSource.of(Objects.requireNonNull(json, "json")),
        CommandLineMembers.none(), BoundedProblems.DEFAULT_LIMIT, true);
  }

  /**
   * Reads a task definition file for checking; see {@link #checkTaskDefinition(String)}. The file is streamed
   * (UTF-8, or UTF-16/32 with a byte order mark), so memory does not grow with its size; files over 4 MiB
   * are checked for their JSON problems only.
   *
   * @param file the JSON file
   * @param limit how many problems to keep; the others are counted
   * @return the problems and, unless the document is unusable, the value
   * @throws IOException when the file cannot be read
   */
  public static JsonCheck<TaskDefinition> checkTaskDefinition(Path file, int limit) throws IOException {
    return Importer.TASK_DEFINITION.check(JsonSource.of(file), CommandLineMembers.none(), limit, true);
  }

  /**
   * Reads a service for checking, as {@code bin/ecs-dsl validate} does: every problem of reading and the value
   * of what could be read. Members given on the command line win over the file's, as in the AWS CLI; a
   * missing {@code serviceName} is a warning that names {@code --service-name}, and a service with the
   * EXTERNAL deployment controller needs no {@code taskDefinition} (see {@link JsonCheck#isStandIn}). Never
   * throws on bad content.
   *
   * @param json CreateService input or DescribeServices output
   * @param commandLine members given as AWS CLI flags
   * @return the problems and, unless the document is unusable, the value
   */
  public static JsonCheck<Service> checkService(String json, CommandLineMembers commandLine) {
    return Importer.SERVICE.check(JsonSource.of(Objects.requireNonNull(json, "json")),
        Objects.requireNonNull(commandLine, "commandLine"), BoundedProblems.DEFAULT_LIMIT, true);
  }

  /**
   * Reads a service file for checking; see {@link #checkService(String, CommandLineMembers)} and, for how the
   * file is read, {@link #checkTaskDefinition(Path, int)}.
   *
   * @param file the JSON file
   * @param commandLine members given as AWS CLI flags
   * @param limit how many problems to keep; the others are counted
   * @return the problems and, unless the document is unusable, the value
   * @throws IOException when the file cannot be read
   */
  public static JsonCheck<Service> checkService(Path file, CommandLineMembers commandLine, int limit)
      throws IOException {
    return Importer.SERVICE.check(JsonSource.of(file), Objects.requireNonNull(commandLine, "commandLine"), limit,
        true);
  }

  /**
   * Reads one model value of an ECS request member (a {@code PlacementStrategy}, a
   * {@code NetworkConfiguration}, a {@code CapacityProviderStrategyItem}, ...) from a JSON tree, as
   * strictly as the importers read files.
   *
   * @param <T> the model type
   * @param node the member's JSON value
   * @param type the model type, e.g. {@code PlacementStrategy.class}
   * @return the model value
   * @throws IllegalArgumentException naming the type and what is wrong
   */
  public static <T> T readValue(com.fasterxml.jackson.databind.JsonNode node, Class<T> type) {
    try {
      return EcsObjectMapper.MAPPER.treeToValue(node, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
          : e.getMessage();
      throw new IllegalArgumentException("not a valid " + type.getSimpleName() + ": " + reason, e);
    }
  }

  /**
   * {@return the task definition as RegisterTaskDefinition input JSON (pretty-printed, no trailing newline)}
   *
   * @param taskDefinition the task definition
   */
  public static String writeTaskDefinition(TaskDefinition taskDefinition) {
    return CanonicalWriter.write(Objects.requireNonNull(taskDefinition, "taskDefinition"), TaskDefinition.class);
  }

  /**
   * The service as CreateService input JSON (pretty-printed, no trailing newline). Its {@code autoScaling}
   * belongs to Application Auto Scaling and is not written.
   *
   * @param service the service
   * @return the JSON text
   */
  public static String writeService(Service service) {
    return CanonicalWriter.write(Objects.requireNonNull(service, "service"), Service.class);
  }

  /**
   * What the JSON holds, told by its members: {@code containerDefinitions} or {@code family} make a task
   * definition, {@code serviceName} (or a {@code taskDefinition} name) a service; describe output is told
   * apart the same way. Text that turns invalid part-way is judged by the members before the fault, so that
   * the matching reader then reports the fault with its line and column; text that is not a JSON object at
   * all (YAML, an array, nothing) is {@link Kind#UNKNOWN}. Never throws on bad input.
   *
   * @param json the JSON text; {@code null} is UNKNOWN
   * @return what it holds; UNKNOWN when it is not a JSON object or matches no kind
   */
  public static Kind detect(String json) {
    if (json == null) {
      return Kind.UNKNOWN;
    }
    return KindDetector.detect(JsonSource.of(json));
  }

  /**
   * What the file holds; see {@link #detect(String)}. The file is streamed, so this costs little memory
   * whatever its size.
   *
   * @param file the JSON file
   * @return what it holds
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Kind detect(Path file) {
    try {
      return KindDetector.detect(JsonSource.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}

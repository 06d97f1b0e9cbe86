package dev.ecsdsl.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.Rule;
import dev.ecsdsl.validation.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 (<a href="https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html">OASIS</a>), as GitHub
 * code scanning takes it: one run of the tool {@code ecs-dsl}, the rules used with their documentation page,
 * one result per problem listed, located in its file (a path relative to the working directory, as in the
 * repository) at its line and column (line 1 when it has none), with the problem's path as the logical
 * location. Files with more problems than listed get a notification that says how many were left out.
 */
final class SarifReport implements Report {
  private static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  @Override
  public void write(List<CheckedFile> files, int maxProblems, PrintStream out) throws IOException {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<Finding> listed = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (CheckedFile f : files) {
      List<Finding> shown = f.listed(maxProblems);
      shown.forEach(finding -> ruleIndex.putIfAbsent(finding.problem().rule(), ruleIndex.size()));
      listed.addAll(shown);
      long rest = f.notListed(maxProblems);
      if (rest > 0) {
        notes.add(rest + " more problems of " + f.file() + " are not listed (--max-problems N lists up to N per"
            + " file)");
      }
    }
    try (JsonGenerator json = JsonEscapes.factory().createGenerator(new JsonReport.NonClosing(out),
        JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      tool(json, ruleIndex);
      json.writeArrayFieldStart("invocations");
      json.writeStartObject();
      json.writeBooleanField("executionSuccessful", files.stream().noneMatch(CheckedFile::internalError));
      if (!notes.isEmpty()) {
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (String note : notes) {
          json.writeStartObject();
          json.writeStringField("level", "note");
          message(json, note);
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeEndArray();
      json.writeStringField("columnKind", "utf16CodeUnits");
      json.writeArrayFieldStart("results");
      for (Finding finding : listed) {
        result(json, finding, ruleIndex.get(finding.problem().rule()));
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    out.println();
  }

  private static void tool(JsonGenerator json, Map<String, Integer> ruleIndex) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "ecs-dsl");
    Optional.ofNullable(SarifReport.class.getPackage().getImplementationVersion())
        .ifPresent(v -> write(json, "version", v));
    json.writeArrayFieldStart("rules");
    for (String id : ruleIndex.keySet()) {
      Optional<Rule> rule = DocLinks.rule(id);
      json.writeStartObject();
      json.writeStringField("id", id);
      if (rule.isPresent()) {
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", rule.get().description());
        json.writeEndObject();
        json.writeStringField("helpUri", rule.get().docUrl());
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.get().severity()));
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void result(JsonGenerator json, Finding finding, int ruleIndex) throws IOException {
    Problem p = finding.problem();
    json.writeStartObject();
    json.writeStringField("ruleId", p.rule());
    json.writeNumberField("ruleIndex", ruleIndex);
    json.writeStringField("level", level(p.severity()));
    message(json, Printable.clip(p.message()) + " Fix: " + Printable.clip(p.fix()));
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(finding.file()));
    json.writeEndObject();
    json.writeObjectFieldStart("region");
    json.writeNumberField("startLine", p.location().map(l -> l.line()).orElse(1L));
    if (p.location().isPresent()) {
      json.writeNumberField("startColumn", p.location().get().column());
    }
    json.writeEndObject();
    json.writeEndObject();
    if (!p.path().isRoot()) {
      json.writeArrayFieldStart("logicalLocations");
      json.writeStartObject();
      json.writeStringField("fullyQualifiedName", Printable.clip(p.path().toString()));
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void message(JsonGenerator json, String text) throws IOException {
    json.writeObjectFieldStart("message");
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  private static void write(JsonGenerator json, String field, String value) {
    try {
      json.writeStringField(field, value);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String level(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  /** The file as a URI reference: relative to the working directory when it lies below it, else absolute. */
  static String uri(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    if (absolute.startsWith(cwd)) {
      String relative = cwd.relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
      if (relative.contains(":") && relative.indexOf(':') < (relative + "/").indexOf('/')) {
        relative = "./" + relative;
      }
      try {
        return new URI(null, null, relative, null).toASCIIString();
      } catch (URISyntaxException e) {
        return absolute.toUri().toASCIIString();
      }
    }
    return absolute.toUri().toASCIIString();
  }
}

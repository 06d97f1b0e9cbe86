package dev.ecsdsl.cli;

import static dev.ecsdsl.cli.CliRun.FARGATE;
import static dev.ecsdsl.cli.CliRun.SERVICE;
import static dev.ecsdsl.cli.CliRun.file;
import static dev.ecsdsl.cli.CliRun.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format json} (one object per problem: file, line, column, path, rule, severity, message, fix, doc
 * URL) and {@code --format sarif}, checked against the official SARIF 2.1.0 JSON schema (vendored in test
 * resources, see {@code sarif/PROVENANCE.md}) as GitHub code scanning reads it.
 */
class ReportFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema sarif;

  @TempDir
  Path dir;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = ReportFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      sarif = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  private Path[] files() throws IOException {
    Path td = file(dir, "web.json", FARGATE.replace("\"portMappings\"", "\"portMapping\"")
        .replace("\"cpu\": \"256\"", "\"cpu\": \"300\""));
    Path service = file(dir, "service.json", SERVICE.replace("\"serviceName\": \"web\", ", ""));
    Path missing = dir.resolve("missing.json");
    return new Path[] {td, service, missing};
  }

  @Test
  void jsonHasOneObjectPerProblemWithEverythingAPipelineNeeds() throws IOException {
    CliRun run = validate("--format", "json", files()[0], files()[1], files()[2]);
    assertThat(run.code).isEqualTo(1);
    JsonNode report = JSON.readTree(run.out);

    assertThat(report.get("files")).hasSize(3);
    assertThat(report.at("/files/0/describes").asText()).isEqualTo("task definition web");
    assertThat(report.at("/files/0/valid").asBoolean()).isFalse();
    assertThat(report.at("/files/1/valid").asBoolean()).isTrue();
    assertThat(report.at("/summary/invalid").asInt()).isEqualTo(2);

    JsonNode unknown = find(report, "json-unknown-member");
    assertThat(unknown.get("file").asText()).endsWith("web.json");
    assertThat(unknown.get("line").asInt()).isEqualTo(9);
    assertThat(unknown.get("column").asInt()).isEqualTo(6);
    assertThat(unknown.get("path").asText()).isEqualTo("containerDefinitions[0] → portMapping");
    assertThat(unknown.get("severity").asText()).isEqualTo("error");
    assertThat(unknown.get("message").asText()).startsWith("unknown member 'portMapping'");
    assertThat(unknown.get("fix").asText()).isEqualTo("did you mean 'portMappings'?");
    assertThat(unknown.get("docUrl").asText()).startsWith("https://docs.aws.amazon.com/");

    JsonNode size = find(report, "fargate-cpu-memory-combination");
    assertThat(size.get("line").asInt()).isEqualTo(5);
    assertThat(size.get("path").asText()).isEqualTo("task definition web → cpu");
    assertThat(size.get("docUrl").asText()).isEqualTo(
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html");

    assertThat(find(report, "json-member-from-command-line").get("severity").asText()).isEqualTo("warning");
    JsonNode missing = find(report, "file-unreadable");
    assertThat(missing.get("line").isNull()).isTrue();
    assertThat(missing.get("message").asText()).isEqualTo("no such file");
  }

  @Test
  void sarifIsValidAgainstTheSarif210SchemaAndPlacesEachProblemOnItsLine() throws IOException {
    CliRun run = validate("--format", "sarif", "--max-problems", "1", files()[0], files()[1], files()[2]);
    assertThat(run.code).isEqualTo(1);

    JsonNode log = JSON.readTree(run.out);
    Set<ValidationMessage> errors = sarif.validate(log);
    assertThat(errors).as("SARIF schema errors").isEmpty();

    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode runNode = log.at("/runs/0");
    assertThat(runNode.at("/tool/driver/name").asText()).isEqualTo("ecs-dsl");
    JsonNode rules = runNode.at("/tool/driver/rules");
    JsonNode results = runNode.get("results");
    JsonNode unknown = null;
    for (JsonNode r : results) {
      assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText());
      assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
      if (r.get("ruleId").asText().equals("json-unknown-member")) {
        unknown = r;
      }
    }
    assertThat(unknown).isNotNull();
    assertThat(unknown.get("level").asText()).isEqualTo("error");
    assertThat(unknown.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("/web.json");
    assertThat(unknown.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(9);
    assertThat(unknown.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(6);
    assertThat(unknown.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("containerDefinitions[0] → portMapping");
    assertThat(unknown.at("/message/text").asText()).contains("Fix: did you mean 'portMappings'?");
    assertThat(rules.findValues("helpUri")).allSatisfy(u -> assertThat(u.asText()).startsWith("https://"));
    assertThat(runNode.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    assertThat(runNode.at("/invocations/0/toolExecutionNotifications/0/message/text").asText())
        .contains("more problems of").contains("web.json");
  }

  @Test
  void aFileBelowTheWorkingDirectoryIsARelativeUri() {
    assertThat(SarifReport.uri(Path.of("tasks", "web app.json"))).isEqualTo("tasks/web%20app.json");
    assertThat(SarifReport.uri(Path.of("a:b.json"))).isEqualTo("./a:b.json");
    assertThat(SarifReport.uri(Path.of("/elsewhere/web.json"))).isEqualTo("file:///elsewhere/web.json");
  }

  private static JsonNode find(JsonNode report, String rule) {
    for (JsonNode p : report.get("problems")) {
      if (p.get("rule").asText().equals(rule)) {
        return p;
      }
    }
    throw new AssertionError("no problem of rule " + rule + " in " + report);
  }
}

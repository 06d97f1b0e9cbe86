package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Text that is not JSON, or JSON that is not the document asked for, is an error with line and column. */
class NotJsonTest {

  private static Problem onlyProblem(String name, String json) {
    EcsJsonException e = catchThrowableOfType(EcsJsonException.class, () -> EcsJson.readTaskDefinition(name, json));
    assertThat(e).as("expected an EcsJsonException").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void yamlIsNotJson() {
    Problem p = onlyProblem("broken-not-json.json", JsonFiles.text("broken-not-json.json"));

    assertThat(p.rule()).isEqualTo(JsonRules.SYNTAX);
    assertThat(p.path()).isEqualTo(ProblemPath.root());
    assertThat(JsonFiles.shown(p)).startsWith("not valid JSON: Unrecognized token 'family'").contains("(line 1, column ");
    assertThat(p.message()).doesNotContain("Source:", "REDACTED");
  }

  @Test
  void aMissingCommaIsReportedWhereItIsMissing() {
    Problem p = onlyProblem("broken-syntax.json", JsonFiles.text("broken-syntax.json"));

    assertThat(p.rule()).isEqualTo(JsonRules.SYNTAX);
    assertThat(JsonFiles.shown(p)).contains("was expecting comma to separate Object entries").endsWith("(line 6, column 7)");
  }

  @Test
  void truncatedJsonIsReportedAtItsEnd() {
    Problem p = onlyProblem("cut.json", "{\n  \"family\": \"web\",\n  \"containerDefinitions\": [\n");

    assertThat(p.rule()).isEqualTo(JsonRules.SYNTAX);
    assertThat(JsonFiles.shown(p)).contains("end-of-input", "(line 4, column 1)");
  }

  @Test
  void emptyAndBlankFilesAreErrors() {
    assertThat(JsonFiles.shown(onlyProblem("empty.json", ""))).isEqualTo("the file is empty (line 1, column 1)");
    assertThat(onlyProblem("blank.json", "  \n\t\n").rule()).isEqualTo(JsonRules.SYNTAX);
  }

  @Test
  void commentsAreNotJson() {
    Problem p = onlyProblem("c.json", "{\n  // the family\n  \"family\": \"web\"\n}");

    assertThat(p.rule()).isEqualTo(JsonRules.SYNTAX);
    assertThat(JsonFiles.shown(p)).contains("(line 2, column ");
  }

  @Test
  void contentAfterTheObjectIsAnError() {
    Problem p = onlyProblem("two.json", "{\"family\": \"a\"}\n{\"family\": \"b\"}");

    assertThat(p.rule()).isEqualTo(JsonRules.SYNTAX);
    assertThat(JsonFiles.shown(p)).contains("(line 2, column ");
  }

  @Test
  void aDuplicateMemberIsAnError() {
    Problem p = onlyProblem("dup.json", "{\n  \"family\": \"a\",\n  \"family\": \"b\"\n}");

    assertThat(p.rule()).isEqualTo(JsonRules.DUPLICATE_MEMBER);
    assertThat(JsonFiles.shown(p)).startsWith("member 'family' appears twice in one object (line 3, column ");
  }

  @Test
  void anArrayIsNotATaskDefinition() {
    Problem p = onlyProblem("list.json", "[{\"family\": \"web\"}]");

    assertThat(p.rule()).isEqualTo(JsonRules.WRONG_DOCUMENT);
    assertThat(JsonFiles.shown(p)).isEqualTo("expected a JSON object holding a task definition, found an array (line 1, column 1)");
  }

  @Test
  void aServiceIsNotATaskDefinitionAndViceVersa() {
    Problem p = onlyProblem("service-web.json", JsonFiles.text("service-web.json"));
    assertThat(p.rule()).isEqualTo(JsonRules.WRONG_DOCUMENT);
    assertThat(p.message()).startsWith("expected a task definition, but this is a service");
    assertThat(p.fix()).startsWith("read it with EcsJson.readService");

    assertThatThrownBy(() -> EcsJson.readService("fargate-web.json", JsonFiles.text("fargate-web.json")))
        .isInstanceOfSatisfying(EcsJsonException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(q -> assertThat(q.message()).startsWith("expected a service, but this is a task definition")));
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    JsonImport<TaskDefinition> imported = EcsJson.readTaskDefinition("bom.json",
        "\uFEFF{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"app\", \"image\": \"nginx\"}]}");

    assertThat(imported.value().family()).isEqualTo("web");
  }

  @Test
  void aMissingFileIsAnIoError() {
    assertThatThrownBy(() -> EcsJson.readTaskDefinition(Path.of("does/not/exist.json")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("exist.json");
  }
}

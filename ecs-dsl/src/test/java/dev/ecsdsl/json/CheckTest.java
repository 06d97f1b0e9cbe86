package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.BoundedProblems;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import dev.ecsdsl.validation.Severity;
import dev.ecsdsl.validation.SourceLocation;
import dev.ecsdsl.validation.ValidationResult;
import dev.ecsdsl.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EcsJson#checkTaskDefinition(String)} and {@link EcsJson#checkService}: reading for checking keeps
 * going after a wrong member, so that ECS's rules check the rest, and places the rules' problems in the file.
 */
class CheckTest {

  @Test
  void aWrongMemberIsDroppedAndTheRestIsReadForTheRules() {
    JsonCheck<TaskDefinition> check = EcsJson.checkTaskDefinition("""
        {"family": "web", "networkMode": "bridge", "requiresCompatibilities": ["FARGATE"],
         "cpu": "256", "memory": "512", "pidMode": "host", "memoryy": 5,
         "containerDefinitions": [{"name": "app", "image": "nginx", "essential": "yes"}]}""");

    assertThat(check.problems().problems()).extracting(Problem::rule)
        .containsExactly(JsonRules.UNKNOWN_MEMBER, JsonRules.WRONG_TYPE);
    TaskDefinition td = check.value().orElseThrow();
    assertThat(td.containerDefinitions().get(0).essential()).isEmpty();
    assertThat(Validator.validate(td).problems()).extracting(Problem::rule)
        .contains("fargate-requires-awsvpc", "fargate-pid-mode");
  }

  @Test
  void aDocumentWithoutARequiredMemberHasNoValue() {
    JsonCheck<TaskDefinition> check = EcsJson.checkTaskDefinition(
        "{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"app\", \"image\": 7}]}");
    assertThat(check.value()).isEmpty();
    assertThat(check.problems().problems()).extracting(Problem::rule).containsExactly(JsonRules.WRONG_TYPE);
  }

  /** A list element the reader dropped shifts the model's indexes; the location is still the element's. */
  @Test
  void ruleProblemsAreLocatedThroughTheModelsPathPastDroppedElements() {
    String json = """
        {"family": "web", "networkMode": "awsvpc",
         "containerDefinitions": [
           {"name": "app", "image": "nginx", "memory": 64,
            "portMappings": [
              null,
              {"containerPort": 80, "hostPort": 81}]}]}""";
    JsonCheck<TaskDefinition> check = EcsJson.checkTaskDefinition(json);
    List<Problem> rules = Validator.validate(check.value().orElseThrow()).problems();
    assertThat(rules).extracting(p -> p.path().toString())
        .containsExactly("task definition web → container app → portMappings[0]");

    List<Problem> located = check.locate(rules);

    assertThat(located.get(0).location()).contains(new SourceLocation(6, 7));
    assertThat(check.locate(List.of(Problem.error(ProblemPath.of("task definition web", "container nope"), "r",
        "m", "f")))).singleElement().satisfies(p -> assertThat(p.location()).contains(new SourceLocation(1, 1)));
    assertThat(check.locate(List.of(Problem.error(ProblemPath.of("service web"), "r", "m", "f"))))
        .singleElement().satisfies(p -> assertThat(p.location()).isEmpty());
  }

  @Test
  void describeOutputIsLocatedInsideItsWrapper() {
    String json = """
        {"taskDefinition": {
           "family": "web", "cpu": "300",
           "containerDefinitions": [{"name": "app", "image": "nginx", "memory": 64}]},
         "tags": []}""";
    JsonCheck<TaskDefinition> check = EcsJson.checkTaskDefinition(json);
    Problem cpu = Problem.error(ProblemPath.of("task definition web", "cpu"), "r", "m", "f");
    assertThat(check.locate(List.of(cpu)).get(0).location()).contains(new SourceLocation(2, 21));
  }

  @Test
  void commandLineMembersWinOverTheFilesAndAMissingServiceNameIsAWarning() {
    String json = "{\"serviceName\": \"web\", \"taskDefinition\": \"web:1\", \"cluster\": \"a\"}";
    JsonCheck<Service> check = EcsJson.checkService(json, new CommandLineMembers(Optional.of("orders"),
        Optional.of("b"), Optional.empty(), Optional.of("FARGATE")));
    Service service = check.value().orElseThrow();
    assertThat(service.serviceName()).isEqualTo("orders");
    assertThat(service.clusterOrDefault()).isEqualTo("b");
    assertThat(service.launchType()).map(Enum::name).contains("FARGATE");
    assertThat(check.problems().problems()).isEmpty();

    JsonCheck<Service> unnamed = EcsJson.checkService("{\"taskDefinition\": \"web\"}", CommandLineMembers.none());
    assertThat(unnamed.value()).isPresent();
    assertThat(unnamed.isStandIn("serviceName")).isTrue();
    assertThat(unnamed.problems().problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.rule()).isEqualTo(JsonRules.COMMAND_LINE_MEMBER);
    });
  }

  @Test
  void theStrictReaderStillRefusesWhatTheCommandLineWouldSupply() {
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(EcsJsonException.class,
        () -> EcsJson.readService("s.json", "{\"taskDefinition\": \"web\"}")).errors())
        .extracting(Problem::rule).containsExactly(JsonRules.MISSING_MEMBER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"${IMAGE}", "repo/${NAME}:${TAG}", "{{ image }}", "<ACCOUNT_ID>", "<your-account-id>",
      "#{Octopus.Image}", "$IMAGE", "arn:aws:iam::<AWS_ACCOUNT_ID>:role/x"})
  void templatePlaceholdersAreFound(String value) {
    assertThat(Placeholders.find(value)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nginx:1.27", "<html>", "$HOME/bin", "a{b}c", "price: $5", "x < y > z", "{\"a\": 1}"})
  void ordinaryValuesAreNotPlaceholders(String value) {
    assertThat(Placeholders.find(value)).isEmpty();
  }

  /** The shell in the container expands ${VAR} in a command; Docker log tags are Go templates. */
  @Test
  void valuesExpandedAtRunTimeAreNotSearched() {
    JsonCheck<TaskDefinition> check = EcsJson.checkTaskDefinition("""
        {"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx", "memory": 64,
          "command": ["sh", "-c", "echo ${HOSTNAME}"], "entryPoint": ["${SHELL}"],
          "healthCheck": {"command": ["CMD-SHELL", "curl ${URL}"]},
          "logConfiguration": {"logDriver": "syslog", "options": {"tag": "{{.Name}}"}},
          "environment": [{"name": "URL", "value": "${URL}"}]}]}""");
    assertThat(check.problems().problems()).singleElement()
        .satisfies(p -> assertThat(p.path()).hasToString("containerDefinitions[0] → environment[0] → value"));
  }

  @Test
  void didYouMeanStillFindsNearNamesAndSkipsHugeOnes() {
    assertThat(Suggestions.closest("memoryReservaton", List.of("memory", "memoryReservation")))
        .contains("memoryReservation");
    assertThat(Suggestions.closest("m".repeat(1_000_000), List.of("memory", "memoryReservation"))).isEmpty();
  }

  @Test
  void aBoundedCollectorKeepsTheFirstProblemsAndCountsTheRest() {
    BoundedProblems problems = new BoundedProblems(2);
    for (int i = 0; i < 5; i++) {
      problems.add(Problem.error(ProblemPath.root(), "r", "e" + i, "f"));
    }
    problems.add(Severity.WARNING, () -> {
      throw new AssertionError("a problem beyond the limit is not worded");
    });
    ValidationResult result = problems.result();
    assertThat(result.problems()).extracting(Problem::message).containsExactly("e0", "e1");
    assertThat(result.errorCount()).isEqualTo(5);
    assertThat(result.warningCount()).isEqualTo(1);
    assertThat(result.isValid()).isFalse();
  }
}

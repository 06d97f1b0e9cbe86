package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import dev.ecsdsl.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A member that is not an ECS member at all (a misspelling, wrong case, a name from another tool) is an
 * error naming the member, its path, line and column, and the closest known member; every one in the file
 * is reported at once.
 */
class UnknownMemberTest {

  private static EcsJsonException readTaskDefinitionFailure(String name, String json) {
    return catchThrowableOfType(EcsJsonException.class, () -> EcsJson.readTaskDefinition(name, json));
  }

  @Test
  void everyMisspeltMemberOfAFileIsReportedWithPathLineColumnAndSuggestion() {
    String text = JsonFiles.text("broken-misspelt.json");

    EcsJsonException e = readTaskDefinitionFailure("broken-misspelt.json", text);

    List<Problem> problems = e.problems();
    assertThat(problems).hasSize(5).allSatisfy(p -> {
      assertThat(p.rule()).isEqualTo(JsonRules.UNKNOWN_MEMBER);
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
    });
    assertThat(problems).extracting(Problem::path).containsExactly(
        ProblemPath.of("containerDefinitions[0]", "memoryReservaton"),
        ProblemPath.of("containerDefinitions[0]", "Essential"),
        ProblemPath.of("containerDefinitions[0]", "portMapping"),
        ProblemPath.of("containerDefinitions[0]", "healthCheck", "intervall"),
        ProblemPath.of("requiresCompatibility"));
    assertThat(problems).extracting(Problem::fix).containsExactly(
        "did you mean 'memoryReservation'?",
        "did you mean 'essential'? ECS member names are case-sensitive.",
        "did you mean 'portMappings'?",
        "did you mean 'interval'?",
        "did you mean 'requiresCompatibilities'?");
    assertThat(JsonFiles.shown(problems.get(0))).isEqualTo("unknown member 'memoryReservaton': ContainerDefinition has "
        + "no such member " + JsonFiles.at(text, "\"memoryReservaton\""));
    assertThat(JsonFiles.shown(problems.get(2))).endsWith(JsonFiles.at(text, "\"portMapping\""));
    assertThat(JsonFiles.shown(problems.get(2))).endsWith("(line 10, column 7)");
    assertThat(JsonFiles.shown(problems.get(3))).contains("HealthCheck has no such member")
        .endsWith(JsonFiles.at(text, "\"intervall\""));
    assertThat(JsonFiles.shown(problems.get(4))).contains("RegisterTaskDefinition input has no such member")
        .endsWith("(line 24, column 3)");
  }

  @Test
  void theExceptionMessageNamesTheSourceAndListsEveryProblem() {
    EcsJsonException e = readTaskDefinitionFailure("broken-misspelt.json", JsonFiles.text("broken-misspelt.json"));

    assertThat(e.sourceName()).isEqualTo("broken-misspelt.json");
    assertThat(e.getMessage())
        .startsWith("broken-misspelt.json: cannot import: 5 errors")
        .contains("containerDefinitions[0] → portMapping", "did you mean 'portMappings'?",
            "memoryReservaton", "Essential", "intervall", "requiresCompatibility", "[json-unknown-member]");
    assertThat(e.errors()).hasSize(5);
  }

  @Test
  void readingByPathNamesTheFile() {
    EcsJsonException e = catchThrowableOfType(EcsJsonException.class,
        () -> EcsJson.readTaskDefinition(JsonFiles.path("broken-misspelt.json")));

    assertThat(e.sourceName()).endsWith("broken-misspelt.json");
    assertThat(e.getMessage()).startsWith(JsonFiles.path("broken-misspelt.json").toString());
  }

  @Test
  void withoutACloseMatchTheFixListsTheMembers() {
    String json = """
        {"family": "web", "containerDefinitions": [
          {"name": "app", "image": "nginx", "portMappings": [{"containerPort": 80, "target": "x"}]}
        ]}""";

    EcsJsonException e = readTaskDefinitionFailure("t.json", json);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo(ProblemPath.of("containerDefinitions[0]", "portMappings[0]", "target"));
      assertThat(JsonFiles.shown(p)).endsWith(JsonFiles.at(json, "\"target\""));
      assertThat(p.fix()).isEqualTo("remove it; the members of PortMapping are containerPort, hostPort, protocol, "
          + "name, appProtocol, containerPortRange");
    });
  }

  @Test
  void aMisspeltEcsMemberThatIsNotSimulatedIsSuggestedAsSuch() {
    String json = """
        {"family": "web", "containerDefinitions": [
          {"name": "app", "image": "nginx", "dnsSearchDomain": ["corp.example.com"]}
        ]}""";

    EcsJsonException e = readTaskDefinitionFailure("t.json", json);

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.fix())
        .isEqualTo("did you mean 'dnsSearchDomains'? (an ECS member that ecs-dsl does not simulate)"));
  }

  @Test
  void unknownMembersAndOtherErrorsAreReportedTogether() {
    String json = """
        {
          "family": "web",
          "networkmode": "awsvpc",
          "containerDefinitions": [
            {"name": "app", "image": "nginx", "memory": "512", "essentail": false}
          ],
          "cpu": 256
        }""";

    EcsJsonException e = readTaskDefinitionFailure("t.json", json);

    assertThat(e.problems()).extracting(p -> p.path().toString()).containsExactly(
        "networkmode", "containerDefinitions[0] → memory", "containerDefinitions[0] → essentail", "cpu");
    assertThat(e.problems()).extracting(Problem::rule).containsExactly(JsonRules.UNKNOWN_MEMBER,
        JsonRules.WRONG_TYPE, JsonRules.UNKNOWN_MEMBER, JsonRules.WRONG_TYPE);
    assertThat(e.problems().get(2).fix()).isEqualTo("did you mean 'essential'?");
  }

  @Test
  void unknownMembersOfAServiceAreReportedWithSuggestions() {
    String text = JsonFiles.text("broken-service.json");

    EcsJsonException e = catchThrowableOfType(EcsJsonException.class,
        () -> EcsJson.readService("broken-service.json", text));

    assertThat(e.problems()).extracting(p -> p.path().toString())
        .containsExactly("loadBalancer", "desiredcount", "launchType", "healthCheckGracePeriodSeconds");
    assertThat(e.problems().get(0).fix()).isEqualTo("did you mean 'loadBalancers'?");
    assertThat(JsonFiles.shown(e.problems().get(0))).contains("CreateService input").endsWith(JsonFiles.at(text, "\"loadBalancer\""));
    assertThat(e.problems().get(1).fix()).isEqualTo("did you mean 'desiredCount'? ECS member names are case-sensitive.");
  }

  @Test
  void serviceAutoScalingIsNotAMemberOfCreateServiceInput() {
    String json = """
        {"serviceName": "web", "taskDefinition": "web", "autoScaling": {"minCapacity": 1}}""";

    EcsJsonException e = catchThrowableOfType(EcsJsonException.class, () -> EcsJson.readService("s.json", json));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo(JsonRules.UNKNOWN_MEMBER);
      assertThat(p.path()).isEqualTo(ProblemPath.of("autoScaling"));
    });
  }
}

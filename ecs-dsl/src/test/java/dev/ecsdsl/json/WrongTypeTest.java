package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values of the wrong JSON type, unknown enum values and missing required members are errors with path,
 * line and column; nothing is coerced (ECS rejects "512" where it wants 512, and 512 where it wants "512").
 */
class WrongTypeTest {

  private static List<Problem> problems(String name, String json) {
    EcsJsonException e = catchThrowableOfType(EcsJsonException.class, () -> EcsJson.readTaskDefinition(name, json));
    assertThat(e).as("expected an EcsJsonException").isNotNull();
    return e.problems();
  }

  private static String container(String members) {
    return "{\"family\": \"web\", \"containerDefinitions\": [{" + members + "}]}";
  }

  @Test
  void wrongTypesAreAllReportedWithAFix() {
    String text = JsonFiles.text("broken-wrong-types.json");

    List<Problem> problems = problems("broken-wrong-types.json", text);

    assertThat(problems).allSatisfy(p -> assertThat(p.rule()).isEqualTo(JsonRules.WRONG_TYPE));
    assertThat(problems).extracting(p -> p.path().toString()).containsExactly(
        "containerDefinitions[0] → memory", "containerDefinitions[0] → essential",
        "containerDefinitions[0] → portMappings", "cpu");
    assertThat(JsonFiles.shown(problems.get(0))).isEqualTo("'memory' must be a whole number, found the string \"512\" "
        + JsonFiles.at(text, "\"512\""));
    assertThat(problems.get(0).fix()).isEqualTo("write it as a number, without quotes: 512");
    assertThat(problems.get(1).message()).startsWith("'essential' must be true or false, found the string \"true\"");
    assertThat(problems.get(1).fix()).isEqualTo("write true without quotes");
    assertThat(problems.get(2).message()).startsWith("'portMappings' must be an array, found an object");
    assertThat(JsonFiles.shown(problems.get(3))).isEqualTo("'cpu' must be a string, found the number 256 "
        + JsonFiles.at(text, "256"));
    assertThat(problems.get(3).fix()).isEqualTo("write it as a string in quotes: \"256\"");
  }

  @Test
  void unknownEnumValuesSuggestTheClosestAllowedValue() {
    String text = JsonFiles.text("broken-enum.json");

    List<Problem> problems = problems("broken-enum.json", text);

    assertThat(problems).extracting(p -> p.path().toString()).containsExactly(
        "networkMode", "containerDefinitions[0] → portMappings[0] → protocol",
        "containerDefinitions[0] → dependsOn[0] → condition");
    Problem networkMode = problems.get(0);
    assertThat(networkMode.rule()).isEqualTo(JsonRules.WRONG_TYPE);
    assertThat(JsonFiles.shown(networkMode)).isEqualTo("'bridged' is not a valid value of 'networkMode'; allowed: awsvpc, "
        + "bridge, host, none " + JsonFiles.at(text, "\"bridged\""));
    assertThat(networkMode.fix()).isEqualTo("did you mean 'bridge'?");
    assertThat(problems.get(1).fix()).isEqualTo("did you mean 'tcp'? ECS values are case-sensitive.");
    assertThat(problems.get(2).fix()).isEqualTo("did you mean 'START'?");
    // requiresCompatibilities[1] is MANAGED_INSTANCES, a compatibility the model holds since issue 20.
  }

  @Test
  void aValueWithoutACloseMatchListsTheAllowedValues() {
    String json = """
        {"serviceName": "web", "taskDefinition": "web", "launchType": "SPOT"}""";

    EcsJsonException e = catchThrowableOfType(EcsJsonException.class, () -> EcsJson.readService("s.json", json));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo(ProblemPath.of("launchType"));
      assertThat(p.fix()).isEqualTo("use one of EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES");
      assertThat(JsonFiles.shown(p)).endsWith(JsonFiles.at(json, "\"SPOT\""));
    });
  }

  @Test
  void numbersOutOfRangeAndFractionsAreRejected() {
    List<Problem> problems = problems("t.json",
        container("\"name\": \"app\", \"image\": \"nginx\", \"memory\": 4294967296, \"cpu\": 0.5"));

    assertThat(problems).extracting(Problem::message).satisfiesExactly(
        m -> assertThat(m).startsWith("'memory' is out of range: 4294967296"),
        m -> assertThat(m).startsWith("'cpu' must be a whole number, found the number 0.5"));
    assertThat(problems.get(1).fix()).isEqualTo("write a whole number, without a fraction or exponent");
  }

  @Test
  void nullMeansAbsentForOptionalMembers() {
    TaskDefinition td = EcsJson.readTaskDefinition("t.json", container(
        "\"name\": \"app\", \"image\": \"nginx\", \"memory\": null, \"links\": null, \"healthCheck\": null")).value();

    assertThat(td.containerDefinitions().get(0).memory()).isEmpty();
    assertThat(td.containerDefinitions().get(0).links()).isEmpty();
    assertThat(td.containerDefinitions().get(0).healthCheck()).isEmpty();
  }

  @Test
  void nullInsideAnArrayOrForARequiredMemberIsAnError() {
    List<Problem> problems = problems("t.json",
        container("\"name\": \"app\", \"image\": null, \"links\": [\"db\", null]"));

    assertThat(problems).extracting(p -> p.path().toString())
        .containsExactly("containerDefinitions[0] → links[1]", "containerDefinitions[0] → image");
    assertThat(problems.get(0).message()).startsWith("'links[1]' must be a string, found null");
    assertThat(problems.get(1).rule()).isEqualTo(JsonRules.MISSING_MEMBER);
    assertThat(problems.get(1).message()).startsWith("required member 'image' of ContainerDefinition is null");
  }

  @Test
  void missingRequiredMembersAreReportedWithTheObjectsLocation() {
    String json = """
        {
          "family": "web",
          "containerDefinitions": [
            {"name": "app",
             "ulimits": [{"name": "nofile", "softLimit": 1024}]}
          ]
        }""";

    List<Problem> problems = problems("t.json", json);

    assertThat(problems).allSatisfy(p -> assertThat(p.rule()).isEqualTo(JsonRules.MISSING_MEMBER));
    assertThat(problems).extracting(p -> p.path().toString()).containsExactly(
        "containerDefinitions[0] → ulimits[0] → hardLimit", "containerDefinitions[0] → image");
    assertThat(JsonFiles.shown(problems.get(0)))
        .isEqualTo("required member 'hardLimit' of Ulimit is missing (line 5, column 18)");
    assertThat(problems.get(0).fix()).isEqualTo("add \"hardLimit\" with a whole number");
    assertThat(JsonFiles.shown(problems.get(1))).endsWith("(line 4, column 5)");
  }

  @Test
  void mapValuesMustBeStrings() {
    List<Problem> problems = problems("t.json",
        container("\"name\": \"app\", \"image\": \"nginx\", \"dockerLabels\": {\"tier\": 1, \"ok\": \"yes\"}"));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo(ProblemPath.of("containerDefinitions[0]", "dockerLabels", "tier"));
      assertThat(p.fix()).isEqualTo("write it as a string in quotes: \"1\"");
    });
  }

  @Test
  void anObjectWhereAStringBelongsIsAnError() {
    List<Problem> problems = problems("t.json", container("\"name\": \"app\", \"image\": {\"repository\": \"nginx\"}"));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo(JsonRules.WRONG_TYPE);
      assertThat(p.message()).startsWith("'image' must be a string, found an object");
    });
  }

  @Test
  void anArrayOfOneObjectWhereAnObjectBelongsIsAnError() {
    List<Problem> problems = problems("t.json",
        container("\"name\": \"app\", \"image\": \"nginx\", \"healthCheck\": [{\"command\": [\"CMD\", \"true\"]}]"));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("'healthCheck' must be an object (HealthCheck), found an array");
      assertThat(p.fix()).isEqualTo("write an object {...} with the members of HealthCheck");
    });
  }
}

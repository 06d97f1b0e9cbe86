package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EcsJson#detect} tells task definitions from services by their members, so one command takes either;
 * a file that breaks off is judged by the members before the break, so its reader can report the fault.
 */
class DetectTest {

  @ParameterizedTest
  @CsvSource({
      "fargate-web.json, TASK_DEFINITION",
      "ec2-bridge-dynamic.json, TASK_DEFINITION",
      "sidecar-dependson.json, TASK_DEFINITION",
      "describe-output.json, TASK_DEFINITION",
      "unsupported-members.json, TASK_DEFINITION",
      "broken-misspelt.json, TASK_DEFINITION",
      "service-web.json, SERVICE",
      "service-ec2-binpack.json, SERVICE",
      "describe-services-output.json, SERVICE",
      "broken-service.json, SERVICE",
      "broken-not-json.json, UNKNOWN",
      "broken-syntax.json, TASK_DEFINITION"})
  void detectsTheKindOfEachFile(String file, EcsJson.Kind kind) {
    assertThat(EcsJson.detect(JsonFiles.text(file))).isEqualTo(kind);
    assertThat(EcsJson.detect(JsonFiles.path(file))).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"family\": \"web\"}                                      | TASK_DEFINITION",
      "{\"containerDefinitions\": []}                             | TASK_DEFINITION",
      "{\"taskDefinition\": {\"family\": \"web\"}}                | TASK_DEFINITION",
      "{\"serviceName\": \"web\"}                                 | SERVICE",
      "{\"taskDefinition\": \"web:3\", \"desiredCount\": 1}       | SERVICE",
      "{\"services\": [], \"failures\": []}                       | SERVICE",
      "{\"service\": {\"serviceName\": \"web\"}}                  | SERVICE",
      "{\"family\": \"web\", oops}                             | TASK_DEFINITION",
      "{\"serviceName\": \"web\", \"desiredCount\": 3,,}      | SERVICE",
      "{\"containerDefinitions\": [{\"name\": }               | TASK_DEFINITION",
      "{}                                                         | UNKNOWN",
      "{\"clusterName\": \"shop\"}                                | UNKNOWN"})
  void detectsByMembers(String json, EcsJson.Kind kind) {
    assertThat(EcsJson.detect(json)).isEqualTo(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "[]", "[{\"family\": \"web\"}]", "\"family\"", "42", "null", "{\"famly\": \"web\"}", "{ oops", "family: web"})
  void anythingButAJsonObjectWithTellingMembersIsUnknown(String text) {
    assertThat(EcsJson.detect(text)).isEqualTo(EcsJson.Kind.UNKNOWN);
  }
}

package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.Validator;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The task definitions and services written the way AWS users keep them import without warnings, pass
 * validation (services together with their task definition, as {@code bin/ecs-dsl validate} checks them),
 * and survive export and re-import unchanged.
 */
class RealisticFilesValidateTest {

  private static Path resource(String name) {
    try {
      return Path.of(RealisticFilesValidateTest.class.getResource("/json/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fargate-web.json", "ec2-bridge-dynamic.json", "sidecar-dependson.json"})
  void aRealisticTaskDefinitionImportsValidatesAndRoundTrips(String file) {
    JsonImport<TaskDefinition> imported = EcsJson.readTaskDefinition(resource(file));
    assertThat(imported.warnings()).isEmpty();
    List<Problem> problems = Validator.validate(imported.value()).problems();
    assertThat(problems).as("problems of %s", file).isEmpty();
    TaskDefinition again = EcsJson.readTaskDefinition(file, EcsJson.writeTaskDefinition(imported.value())).value();
    assertThat(again).isEqualTo(imported.value());
  }

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource({"service-web.json, fargate-web.json", "service-ec2-binpack.json, ec2-bridge-dynamic.json"})
  void aRealisticServiceValidatesWithItsTaskDefinition(String serviceFile, String taskDefinitionFile) {
    Service service = EcsJson.readService(resource(serviceFile)).value();
    TaskDefinition td = EcsJson.readTaskDefinition(resource(taskDefinitionFile)).value();
    assertThat(dev.ecsdsl.model.Arns.name(service.taskDefinition())).startsWith(td.family() + ":");
    assertThat(Validator.validate(service, td).errors()).as("errors of %s", serviceFile).isEmpty();
    assertThat(EcsJson.readService(serviceFile, EcsJson.writeService(service)).value()).isEqualTo(service);
  }
}

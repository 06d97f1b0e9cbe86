package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.TaskDefinition;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing a task definition as ECS JSON and reading it back gives the same task definition, for any. */
class TaskDefinitionRoundTripProperties {

  @Property(tries = 1000)
  void writeThenReadIsTheIdentity(@ForAll("taskDefinitions") TaskDefinition taskDefinition) {
    String json = EcsJson.writeTaskDefinition(taskDefinition);

    JsonImport<TaskDefinition> read = EcsJson.readTaskDefinition("generated.json", json);

    assertThat(read.value()).isEqualTo(taskDefinition);
    // a generated string may look like a template placeholder (${x}): that warning is right; besides it only the
    // one note that members of issue 20 are read but not yet simulated; nothing is dropped.
    assertThat(read.warnings()).allSatisfy(p -> assertThat(p.rule()).isIn(JsonRules.PLACEHOLDER,
        JsonRules.NOT_YET_SIMULATED));
    assertThat(read.warnings()).filteredOn(p -> p.rule().equals(JsonRules.NOT_YET_SIMULATED)).hasSizeLessThanOrEqualTo(1);
    assertThat(EcsJson.writeTaskDefinition(read.value())).isEqualTo(json);
    assertThat(EcsJson.detect(json)).isEqualTo(EcsJson.Kind.TASK_DEFINITION);
  }

  @Provide
  Arbitrary<TaskDefinition> taskDefinitions() {
    return ModelArbitraries.taskDefinitions();
  }
}

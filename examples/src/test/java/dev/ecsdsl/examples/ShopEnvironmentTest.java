package dev.ecsdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.cli.Main;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example environment behind {@code bin/ecs-dsl example}. */
class ShopEnvironmentTest {

  @Test
  void theExampleEnvironmentIsValidWithoutWarnings() {
    Environment shop = ShopEnvironment.build();
    assertThat(Validator.validate(shop).problems()).isEmpty();
    assertThat(shop.services()).extracting(s -> s.serviceName()).containsExactly("storefront", "orders", "log-agent");
  }

  @Test
  void everyTaskDefinitionSurvivesTheTripThroughEcsJson() {
    for (TaskDefinition td : ShopEnvironment.build().taskDefinitions()) {
      assertThat(EcsJson.readTaskDefinition(td.family(), EcsJson.writeTaskDefinition(td)).value()).isEqualTo(td);
    }
  }

  @Test
  void theExampleCommandPrintsTheSummaryAndTheEcsJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(List.of("example"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("environment shop (eu-west-1, account 111122223333): valid")
        .contains("# task definition storefront")
        .contains("\"family\": \"orders\"")
        .contains("# service log-agent");
  }
}

package dev.ecsdsl.examples.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.cloudformation.EcsCloudFormation;
import dev.ecsdsl.cloudformation.TemplateOptions;
import dev.ecsdsl.junit.jqwik.EcsArbitraries;
import dev.ecsdsl.model.Environment;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The template round trip over the environments junit-extension's {@link EcsArbitraries} generate (valid,
 * deployable ones: instance groups with custom attributes, revisions of a task definition, a service with
 * placement rules and deployment settings). The property over every model part lives in ecs-dsl's tests
 * ({@code TemplateRoundTripProperties}), which cannot see junit-extension.
 */
class GeneratedEnvironmentsRoundTripProperties {

  @Property(tries = 500)
  void aGeneratedEnvironmentReadsBackFromItsTemplate(@ForAll("environments") Environment environment) {
    String template = EcsCloudFormation.write(environment);

    assertThat(EcsCloudFormation.read("arbitrary.yaml", template, TemplateOptions.defaults()).environment())
        .isEqualTo(environment);
  }

  @Provide
  Arbitrary<Environment> environments() {
    return EcsArbitraries.environments();
  }
}

package dev.ecsdsl.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.Environment;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writing an environment as a CloudFormation template and reading the template back gives the same
 * environment, for every field the model holds: the network, roles, data, load balancers, clusters, task
 * definitions and services with every ECS member, auto scaling and scheduled tasks.
 */
class TemplateRoundTripProperties {

  // Edge cases of these nested generators are combinatorially many and add nothing the random tries miss.
  @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
  void readingTheWrittenTemplateGivesTheEnvironmentBack(@ForAll("environments") Environment environment) {
    String template = EcsCloudFormation.write(environment);

    TemplateImport read = EcsCloudFormation.read(environment.name() + ".yaml", template, TemplateOptions.defaults());

    assertThat(read.environment()).isEqualTo(environment);
    assertThat(EcsCloudFormation.write(read.environment())).isEqualTo(template);
    assertThat(EcsCloudFormation.isTemplate(template)).isTrue();
  }

  @Provide
  Arbitrary<Environment> environments() {
    return TemplateArbitraries.environments();
  }
}

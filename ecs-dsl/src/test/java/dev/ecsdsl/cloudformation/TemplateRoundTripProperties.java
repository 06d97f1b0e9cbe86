package dev.ecsdsl.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.model.Environment;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writing an environment as a CloudFormation template and reading the template back gives the same
 * environment, for every field the model holds: the network, roles, data, load balancers, clusters, task
 * definitions and services with every ECS member, auto scaling and scheduled tasks; and the written template has
 * no property CloudFormation's resource types lack (what the model holds beyond them is in {@code Metadata.EcsDsl}).
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
    assertThat(undeployable(template)).as("properties CloudFormation does not have (kept in Metadata.EcsDsl)")
        .isEmpty();
  }

  /** Names of properties CloudFormation's resource types do not have, where the written template has them. */
  private static List<String> undeployable(String template) {
    List<String> found = new ArrayList<>();
    TemplateText.parse("written.yaml", template).root().path("Resources").fields().forEachRemaining(e -> {
      JsonNode properties = e.getValue().path("Properties");
      for (String name : List.of("ResetOnHealthyTask", "ThresholdConfiguration", "S3VolumeConfiguration",
          "FsxLustreVolumeConfiguration")) {
        if (properties.findValue(name) != null) {
          found.add(e.getKey() + ": " + name);
        }
      }
      String type = e.getValue().path("Type").asText();
      if (type.equals("AWS::ElasticLoadBalancingV2::Listener") && properties.has("InstancePort")
          || type.equals("AWS::ElasticLoadBalancing::LoadBalancer") && properties.path("HealthCheck").has("Matcher")) {
        found.add(e.getKey() + ": " + type);
      }
    });
    return found;
  }

  @Provide
  Arbitrary<Environment> environments() {
    return TemplateArbitraries.environments();
  }
}

package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.cli.Main;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The create-service inputs of a BLUE_GREEN, a LINEAR and a CANARY service, written as the developer guide's
 * "Application Load Balancer resources for blue/green, linear, and canary deployments" and the API reference show
 * them (a bake time, a CloudWatch alarm that rolls back, a Lambda lifecycle hook with hookDetails,
 * advancedConfiguration with listener rule ARNs), import without a warning, pass {@code bin/ecs-dsl validate} with
 * their task definition, survive export and re-import, and validate inside the description of what they refer to:
 * the ALB and its production and test listener rules, the six target groups, the roles and the alarms.
 */
class DeploymentStrategyFilesTest {
  private static final String PRODUCTION = DeploymentStrategyFiles.PRODUCTION;

  private static Path resource(String name) {
    return DeploymentStrategyFiles.resource(name);
  }

  private static EnvironmentBuilder description() {
    return DeploymentStrategyFiles.description();
  }

  private static Service service(String file) {
    JsonImport<Service> imported = EcsJson.readService(resource(file));
    assertThat(imported.warnings()).as("warnings of %s", file).isEmpty();
    return imported.value();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"service-blue-green.json", "service-linear.json", "service-canary.json"})
  void importsWithoutWarningsAndSurvivesExport(String file) {
    Service service = service(file);
    assertThat(EcsJson.readService(file, EcsJson.writeService(service)).value()).isEqualTo(service);
    assertThat(service.loadBalancers()).singleElement()
        .satisfies(lb -> assertThat(lb.advancedConfiguration()).isPresent());
  }

  @Test
  void theBlueGreenInputKeepsEveryMember() {
    DeploymentConfiguration config = service("service-blue-green.json").deploymentConfiguration().orElseThrow();
    assertThat(config.strategy()).contains(DeploymentStrategy.BLUE_GREEN);
    assertThat(config.bakeTimeInMinutes()).contains(5);
    assertThat(config.alarms().orElseThrow().alarmNames()).containsExactly("checkout-bg-green-5xx");
    assertThat(config.lifecycleHooks()).singleElement().satisfies(hook -> {
      assertThat(hook.hookTargetArn()).contains("arn:aws:lambda:us-west-2:123456789012:function:checkout-smoke-test");
      assertThat(hook.lifecycleStages()).containsExactly(DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT);
      assertThat(hook.hookDetails().orElseThrow().json().get("EXPECTED_STATUS").asInt()).isEqualTo(200);
    });
    ServiceLoadBalancer lb = service("service-blue-green.json").loadBalancers().get(0);
    assertThat(lb.advancedConfiguration().orElseThrow().productionListenerRule())
        .contains(PRODUCTION + "9683b2d02a6cabee");
  }

  @Test
  void theLinearAndCanaryInputsKeepTheirSteps() {
    DeploymentConfiguration linear = service("service-linear.json").deploymentConfiguration().orElseThrow();
    assertThat(linear.linearConfiguration().orElseThrow().stepPercent()).contains(10.0);
    assertThat(linear.linearConfiguration().orElseThrow().stepBakeTimeInMinutes()).contains(5);
    assertThat(linear.bakeTimeInMinutes()).contains(30);
    DeploymentConfiguration canary = service("service-canary.json").deploymentConfiguration().orElseThrow();
    assertThat(canary.canaryConfiguration().orElseThrow().canaryPercent()).contains(10.0);
    assertThat(canary.canaryConfiguration().orElseThrow().canaryBakeTimeInMinutes()).contains(15);
  }

  @Test
  void binEcsDslValidateAcceptsThemWithTheirTaskDefinitionWithoutAWarning() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = Main.run(List.of("validate", resource("checkout-task.json").toString(),
            resource("service-blue-green.json").toString(), resource("service-linear.json").toString(),
            resource("service-canary.json").toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(text).isZero();
    assertThat(text).contains("service checkout-bluegreen: valid", "service checkout-linear: valid",
        "service checkout-canary: valid", "4 files checked: 4 valid, 0 invalid").doesNotContain("WARNING");
  }

  @Test
  void theServicesValidateInTheDescriptionOfWhatTheyReferTo() {
    Environment env = description().describe();
    assertThat(Validator.validate(env).problems()).isEmpty();
    assertThat(env.listenerRule(PRODUCTION + "5e2b8f0b9c3a1d4e")).hasValueSatisfying(r -> assertThat(r.describe())
        .isEqualTo("rule 20 of listener 80 of load balancer checkout-alb"));
  }

  @Test
  void aProductionRuleArnOfNoRuleOfTheDescriptionIsReported() {
    EnvironmentBuilder env = description();
    Service wrong = Service.builder().from(service("service-linear.json")).serviceName("checkout-linear-2")
        .loadBalancers(List.of(ServiceLoadBalancer.builder().from(service("service-linear.json").loadBalancers().get(0))
            .advancedConfiguration(dev.ecsdsl.model.AdvancedConfiguration.builder()
                .from(service("service-linear.json").loadBalancers().get(0).advancedConfiguration().orElseThrow())
                .productionListenerRule(PRODUCTION + "0000000000000000").build()).build())).build();
    env.service(wrong);
    assertThat(Validator.validate(env.describe()).problems())
        .anySatisfy(p -> assertThat(p.rule()).isEqualTo("listener-rule-unknown"));
  }

  @Test
  void aHookAtAStageThatTakesNoHooksIsAnErrorThatNamesTheStagesThatDo() {
    String json = """
        {"serviceName": "web", "taskDefinition": "web:1",
         "deploymentConfiguration": {"strategy": "BLUE_GREEN", "bakeTimeInMinutes": 5,
           "lifecycleHooks": [{"hookTargetArn": "arn:aws:lambda:us-west-2:123456789012:function:f",
                               "lifecycleStages": ["SCALE_UP"]}]}}""";

    assertThatThrownBy(() -> EcsJson.readService("s.json", json)).isInstanceOf(EcsJsonException.class)
        .satisfies(e -> assertThat(((EcsJsonException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.path().toString()).isEqualTo("deploymentConfiguration → lifecycleHooks[0] → lifecycleStages[0]");
          assertThat(p.message()).contains("SCALE_UP", "PRE_SCALE_UP", "POST_PRODUCTION_TRAFFIC_SHIFT");
        }));
  }
}

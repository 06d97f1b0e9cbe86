package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.cli.Main;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.model.ComparisonOperator;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.MetricDimension;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.Statistic;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
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
  private static final String ARN = "arn:aws:elasticloadbalancing:us-west-2:123456789012:";
  private static final String ALB = "checkout-alb/50dc6c495c0c9188";
  private static final String PRODUCTION = ARN + "listener-rule/app/" + ALB + "/f2f7dc8efc522ab2/";
  private static final String TEST = ARN + "listener-rule/app/" + ALB + "/0467ef3c8400ae65/";

  private static Path resource(String name) {
    try {
      return Path.of(DeploymentStrategyFilesTest.class.getResource("/json/deployments/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
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

  /** The account around the three services, as a team would describe it next to its service files. */
  private static EnvironmentBuilder description() {
    EnvironmentBuilder env = Ecs.environment("checkout").region("us-west-2").account("123456789012")
        .vpc(v -> v.cidr("10.0.0.0/16")
            .subnet("subnet-0a1b2c3d4e5f60001", "us-west-2a", "10.0.1.0/24")
            .subnet("subnet-0a1b2c3d4e5f60002", "us-west-2b", "10.0.2.0/24")
            .securityGroup("sg-alb", sg -> sg.ingress(80, "0.0.0.0/0").ingress(8080, "10.0.0.0/8"))
            .securityGroup("sg-0123456789abcdef0", sg -> sg.ingressFrom(8080, "sg-alb")))
        .role("ecsTaskExecutionRole", r -> r.trustedBy(IamRole.ECS_TASKS)
            .managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY))
        .role("ecsInfrastructureRoleForLoadBalancers", r -> r.trustedBy(IamRole.ECS)
            .managedPolicy("arn:aws:iam::aws:policy/AmazonECSInfrastructureRolePolicyForLoadBalancers"))
        .role("ecs-lambda-invoke-role", r -> r.trustedBy(IamRole.ECS)
            .allow("lambda:InvokeFunction", "arn:aws:lambda:*:*:function:*"))
        .ecrRepository("checkout", "2.3.0")
        .loadBalancer("checkout-alb", lb -> lb.subnets("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002")
            .securityGroups("sg-alb")
            .listener(80, l -> l.arn(ARN + "listener/app/" + ALB + "/f2f7dc8efc522ab2").forwardTo("checkout-bg-blue")
                .rule(hostRule(10, "checkout.example.com", "checkout-bg-blue", PRODUCTION + "9683b2d02a6cabee"))
                .rule(hostRule(20, "linear.checkout.example.com", "checkout-linear-blue",
                    PRODUCTION + "5e2b8f0b9c3a1d4e"))
                .rule(hostRule(30, "canary.checkout.example.com", "checkout-canary-blue",
                    PRODUCTION + "7a6c4d2e1f0b3c5d")))
            .listener(8080, l -> l.arn(ARN + "listener/app/" + ALB + "/0467ef3c8400ae65")
                .rule(hostRule(10, "checkout.example.com", "checkout-bg-green", TEST + "b7d21e5f3a9c8d01"))
                .rule(hostRule(30, "canary.checkout.example.com", "checkout-canary-green",
                    TEST + "c8e32f6a4b0d9e12"))))
        .cluster("checkout", c -> c.fargateCapacityProviders());
    for (String group : List.of("checkout-bg-blue", "checkout-bg-green", "checkout-linear-blue",
        "checkout-linear-green", "checkout-canary-blue", "checkout-canary-green")) {
      env.targetGroup(group, tg -> tg.ip().port(8080).healthCheck("/health"));
    }
    for (String green : List.of("checkout-bg-green", "checkout-linear-green", "checkout-canary-green")) {
      env.alarm(MetricAlarm.builder().alarmName(green + "-5xx").namespace("AWS/ApplicationELB")
          .metricName("HTTPCode_Target_5XX_Count").statistic(Statistic.SUM).period(60).evaluationPeriods(2)
          .threshold(5).comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
          .addDimension(MetricDimension.of("TargetGroup", "targetgroup/" + green + "/7e1fd0942ffda010"))
          .addDimension(MetricDimension.of("LoadBalancer", "app/" + ALB))
          .build());
    }
    TaskDefinition td = EcsJson.readTaskDefinition(resource("checkout-task.json")).value();
    env.taskDefinition(td);
    for (String file : List.of("service-blue-green.json", "service-linear.json", "service-canary.json")) {
      env.service(service(file));
    }
    return env;
  }

  private static ListenerRule hostRule(int priority, String host, String targetGroup, String ruleArn) {
    return ListenerRule.builder().priority(priority).addHostHeader(host).targetGroupArn(targetGroup).ruleArn(ruleArn)
        .build();
  }
}

package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import dev.ecsdsl.validation.Severity;
import org.junit.jupiter.api.Test;

/**
 * Output of describe-task-definition and describe-services imports too: the wrapper is unwrapped and every
 * read-only member is dropped with a warning that says so.
 */
class DescribeOutputTest {

  @Test
  void describeTaskDefinitionOutputImportsWithAWarningPerReadOnlyMember() {
    String text = JsonFiles.text("describe-output.json");

    JsonImport<TaskDefinition> imported = EcsJson.readTaskDefinition("describe-output.json", text);

    assertThat(imported.warnings()).extracting(Problem::rule).containsExactly(
        JsonRules.READ_ONLY_MEMBER, JsonRules.READ_ONLY_MEMBER, JsonRules.READ_ONLY_MEMBER,
        JsonRules.READ_ONLY_MEMBER, JsonRules.READ_ONLY_MEMBER, JsonRules.READ_ONLY_MEMBER,
        JsonRules.READ_ONLY_MEMBER, JsonRules.UNSUPPORTED_MEMBER);
    assertThat(imported.warnings()).allMatch(p -> p.severity() == Severity.WARNING);
    assertThat(imported.warnings()).extracting(Problem::path).containsExactly(
        ProblemPath.of("taskDefinition", "taskDefinitionArn"), ProblemPath.of("taskDefinition", "revision"),
        ProblemPath.of("taskDefinition", "status"), ProblemPath.of("taskDefinition", "requiresAttributes"),
        ProblemPath.of("taskDefinition", "compatibilities"), ProblemPath.of("taskDefinition", "registeredAt"),
        ProblemPath.of("taskDefinition", "registeredBy"), ProblemPath.of("taskDefinition", "enableFaultInjection"));
    assertThat(JsonFiles.shown(imported.warnings().get(1))).isEqualTo(
        "'revision' is a read-only member of DescribeTaskDefinition output, ignored "
            + JsonFiles.at(text, "\"revision\""));
    assertThat(imported.warnings().get(7).message())
        .startsWith("ECS member 'enableFaultInjection' is not simulated by ecs-dsl and was ignored");
  }

  @Test
  void describeTaskDefinitionOutputLandsInTheModel() {
    TaskDefinition td = EcsJson.readTaskDefinition(JsonFiles.path("describe-output.json")).value();

    assertThat(td.family()).isEqualTo("orders-web");
    assertThat(td.cpu()).contains("512");
    assertThat(td.tags()).as("from the wrapper's tags").containsExactly(Tag.of("team", "orders"));
    assertThat(td.containerDefinitions()).singleElement().satisfies(c -> {
      assertThat(c.portMappings()).singleElement().satisfies(p -> assertThat(p.hostPort()).contains(8080));
      assertThat(c.mountPoints()).isEmpty();
      assertThat(c.logConfiguration().orElseThrow().secretOptions()).isEmpty();
    });
  }

  @Test
  void describeTaskDefinitionOutputWritesAsCleanRegisterInput() {
    TaskDefinition td = EcsJson.readTaskDefinition(JsonFiles.path("describe-output.json")).value();
    String written = EcsJson.writeTaskDefinition(td);

    JsonImport<TaskDefinition> again = EcsJson.readTaskDefinition("written", written);

    assertThat(again.value()).isEqualTo(td);
    assertThat(again.warnings()).isEmpty();
    assertThat(written).doesNotContain("taskDefinitionArn", "revision", "registeredAt", "systemControls",
        "\"volumes\"", "\"mountPoints\"");
    assertThat(EcsJson.detect(written)).isEqualTo(EcsJson.Kind.TASK_DEFINITION);
  }

  @Test
  void readOnlyMembersAreAlsoAcceptedWithoutTheWrapper() {
    String json = """
        {
          "family": "web",
          "revision": 7,
          "status": "ACTIVE",
          "containerDefinitions": [{"name": "app", "image": "nginx"}]
        }""";

    JsonImport<TaskDefinition> imported = EcsJson.readTaskDefinition("bare.json", json);

    assertThat(imported.warnings()).extracting(Problem::path)
        .containsExactly(ProblemPath.of("revision"), ProblemPath.of("status"));
    assertThat(JsonFiles.shown(imported.warnings().get(0)))
        .isEqualTo("'revision' is a read-only member of DescribeTaskDefinition output, ignored (line 3, column 3)");
  }

  @Test
  void anUnknownMemberOfTheWrapperIsAnError() {
    String json = """
        {
          "taskDefinition": {"family": "web", "containerDefinitions": []},
          "tagz": []
        }""";

    assertThatThrownBy(() -> EcsJson.readTaskDefinition("wrapped.json", json))
        .isInstanceOfSatisfying(EcsJsonException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.rule()).isEqualTo(JsonRules.UNKNOWN_MEMBER);
              assertThat(p.path()).isEqualTo(ProblemPath.of("tagz"));
              assertThat(JsonFiles.shown(p)).contains("DescribeTaskDefinition output", "(line 3, column 3)");
              assertThat(p.fix()).isEqualTo("did you mean 'tags'?");
            }));
  }

  @Test
  void describeServicesOutputImportsWithTheClusterFromClusterArn() {
    String text = JsonFiles.text("describe-services-output.json");

    JsonImport<Service> imported = EcsJson.readService("describe-services-output.json", text);

    Service s = imported.value();
    assertThat(s.cluster()).contains("arn:aws:ecs:eu-west-1:123456789012:cluster/shop-prod");
    assertThat(s.serviceName()).isEqualTo("orders-web");
    assertThat(s.taskDefinition()).isEqualTo("arn:aws:ecs:eu-west-1:123456789012:task-definition/orders-web:42");
    assertThat(s.desiredCount()).contains(3);
    assertThat(s.role()).as("roleArn is the service-linked role, not CreateService's role").isEmpty();
    assertThat(s.loadBalancers()).hasSize(1);
    assertThat(s.deploymentConfiguration().orElseThrow().deploymentCircuitBreaker()).isPresent();

    assertThat(imported.warnings()).extracting(p -> p.path().toString()).containsExactly(
        "services[0] → serviceArn", "services[0] → clusterArn", "services[0] → status",
        "services[0] → runningCount", "services[0] → pendingCount", "services[0] → platformFamily",
        "services[0] → deployments", "services[0] → roleArn", "services[0] → events", "services[0] → createdAt",
        "services[0] → createdBy", "(root)");
    assertThat(JsonFiles.shown(imported.warnings().get(1))).isEqualTo(
        "'clusterArn' is a read-only member of DescribeServices output, used as 'cluster' "
            + JsonFiles.at(text, "\"clusterArn\""));
    assertThat(imported.warnings().get(2).message())
        .startsWith("'status' is a read-only member of DescribeServices output, ignored");
    assertThat(imported.warnings().get(11).rule()).isEqualTo(JsonRules.NOT_YET_SIMULATED);
    assertThat(imported.warnings().get(11).message()).contains("availabilityZoneRebalancing");
    assertThat(s.availabilityZoneRebalancing()).isPresent();
  }

  @Test
  void anExplicitClusterWinsOverClusterArn() {
    String json = """
        {"serviceName": "web", "taskDefinition": "web:1",
         "clusterArn": "arn:aws:ecs:eu-west-1:123456789012:cluster/other", "cluster": "shop"}""";

    JsonImport<Service> imported = EcsJson.readService("s.json", json);

    assertThat(imported.value().cluster()).contains("shop");
    assertThat(imported.warnings()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("'clusterArn'", "ignored"));
  }

  @Test
  void describeServicesOutputMustHoldExactlyOneService() {
    String two = """
        {"services": [{"serviceName": "a", "taskDefinition": "a"}, {"serviceName": "b", "taskDefinition": "b"}],
         "failures": []}""";

    assertThatThrownBy(() -> EcsJson.readService("two.json", two))
        .isInstanceOfSatisfying(EcsJsonException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.rule()).isEqualTo(JsonRules.WRONG_DOCUMENT);
              assertThat(p.message()).contains("holds 2 elements in 'services'");
            }));
  }

  @Test
  void createServiceOutputIsUnwrappedToo() {
    String json = """
        {"service": {"serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
                     "serviceArn": "arn:aws:ecs:eu-west-1:123456789012:service/shop/web"}}""";

    JsonImport<Service> imported = EcsJson.readService("created.json", json);

    assertThat(imported.value().desiredCount()).contains(2);
    assertThat(imported.warnings()).extracting(Problem::path).containsExactly(ProblemPath.of("service", "serviceArn"));
    assertThat(EcsJson.detect(json)).isEqualTo(EcsJson.Kind.SERVICE);
  }

  @Test
  void nonEmptyFailuresOfDescribeServicesAreReported() {
    String json = """
        {"services": [{"serviceName": "web", "taskDefinition": "web:3"}],
         "failures": [{"arn": "arn:aws:ecs:eu-west-1:123456789012:service/shop/gone", "reason": "MISSING"}]}""";

    JsonImport<Service> imported = EcsJson.readService("d.json", json);

    assertThat(imported.warnings()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo(JsonRules.READ_ONLY_MEMBER);
      assertThat(p.path()).isEqualTo(ProblemPath.of("failures"));
    });
  }
}

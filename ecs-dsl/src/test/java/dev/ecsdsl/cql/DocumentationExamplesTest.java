package dev.ecsdsl.cql;

import static dev.ecsdsl.cql.TestInstance.instance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.cql.Expression.And;
import dev.ecsdsl.cql.Expression.Comparison;
import dev.ecsdsl.cql.Expression.Existence;
import dev.ecsdsl.cql.Expression.Match;
import dev.ecsdsl.cql.Expression.Membership;
import dev.ecsdsl.cql.Expression.Not;
import dev.ecsdsl.cql.Expression.Or;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every example of the AWS pages "Create expressions to define container instances for Amazon ECS
 * tasks" (cluster-query-language), the attribute filter examples and the memberOf constraint
 * examples, plus the examples of the task brief.
 */
class DocumentationExamplesTest {
  private static final Subject INSTANCE_TYPE = new Subject.Attribute("ecs.instance-type");
  private static final Subject ZONE = new Subject.Attribute("ecs.availability-zone");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "attribute:ecs.instance-type == t2.small",
        "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]",
        "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d",
        "task:group == service:production",
        "not(task:group == database)",
        "runningTasksCount == 1",
        "agentVersion < 1.14.5",
        "registeredAt < 2018-02-13",
        "ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']",
        "attribute:ecs.instance-type == g2.2xlarge",
        "attribute:stack == prod",
        "attribute:stack != prod",
        "attribute:ecs.instance-type in [t2.small, t2.medium]",
        "attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone == us-east-1a",
        "attribute:ecs.instance-type =~ t2.*",
        "task:group == databases",
        "task:group == service:daemon-service",
        "attribute:ecs.os-type == linux and attribute:ecs.cpu-architecture == arm64",
        "agentConnected == true",
        "registeredAt < 2018-01-01",
        "attribute:ecs.instance-type !exists",
        "(attribute:a == x or attribute:b == y) and attribute:c == z",
      })
  void everyExampleParsesAndItsCanonicalFormReparsesToTheSameTree(String example) {
    ClusterQuery query = ClusterQuery.parse(example);

    assertThat(query.source()).isEqualTo(example);
    assertThat(ClusterQuery.parse(query.canonical())).isEqualTo(query);
    assertThat(ClusterQuery.parse(query.canonical()).canonical()).isEqualTo(query.canonical());
  }

  @Test
  void stringEquality() {
    ClusterQuery query = ClusterQuery.parse("attribute:ecs.instance-type == t2.small");

    assertThat(query.expression()).isEqualTo(new Comparison(INSTANCE_TYPE, Operator.EQUALS, Value.of("t2.small")));
    assertThat(query.matches(instance())).isTrue();
    assertThat(query.matches(instance().with("ecs.instance-type", "t2.medium"))).isFalse();
  }

  @Test
  void argumentList() {
    ClusterQuery query = ClusterQuery.parse("attribute:ecs.availability-zone in [us-east-1a, us-east-1b]");

    assertThat(query.expression())
        .isEqualTo(new Membership(ZONE, false, List.of(Value.of("us-east-1a"), Value.of("us-east-1b"))));
    assertThat(query.matches(instance())).isTrue();
    assertThat(query.matches(instance().with("ecs.availability-zone", "us-east-1b"))).isTrue();
    assertThat(query.matches(instance().with("ecs.availability-zone", "us-east-1c"))).isFalse();
  }

  @Test
  void compoundExpressionSelectsG2InstancesOutsideUsEast1d() {
    ClusterQuery query =
        ClusterQuery.parse("attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d");
    TestInstance g2 = instance().with("ecs.instance-type", "g2.2xlarge");

    assertThat(query.expression())
        .isEqualTo(
            new And(
                new Match(INSTANCE_TYPE, false, Value.of("g2.*")),
                new Comparison(ZONE, Operator.NOT_EQUALS, Value.of("us-east-1d"))));
    assertThat(query.matches(g2)).isTrue();
    assertThat(query.matches(g2.with("ecs.availability-zone", "us-east-1d"))).isFalse();
    assertThat(query.matches(instance())).isFalse();
  }

  @Test
  void taskAffinity() {
    ClusterQuery query = ClusterQuery.parse("task:group == service:production");

    assertThat(query.matches(instance().withTaskGroups("service:production", "family:web"))).isTrue();
    assertThat(query.matches(instance().withTaskGroups("service:staging"))).isFalse();
    assertThat(query.matches(instance())).isFalse();
  }

  @Test
  void taskAntiAffinity() {
    ClusterQuery query = ClusterQuery.parse("not(task:group == database)");

    assertThat(query.expression())
        .isEqualTo(new Not(new Comparison(Subject.Field.TASK_GROUP, Operator.EQUALS, Value.of("database"))));
    assertThat(query.matches(instance())).isTrue();
    assertThat(query.matches(instance().withTaskGroups("web"))).isTrue();
    assertThat(query.matches(instance().withTaskGroups("web", "database"))).isFalse();
  }

  @Test
  void runningTaskCount() {
    ClusterQuery query = ClusterQuery.parse("runningTasksCount == 1");

    assertThat(query.matches(instance().withRunningTasksCount(1))).isTrue();
    assertThat(query.matches(instance().withRunningTasksCount(0))).isFalse();
    assertThat(query.matches(instance().withRunningTasksCount(2))).isFalse();
  }

  @Test
  void agentVersionBelow1_14_5ComparesAsAVersionNotAsText() {
    ClusterQuery query = ClusterQuery.parse("agentVersion < 1.14.5");

    assertThat(query.matches(instance().withAgentVersion("1.9.0"))).isTrue();
    assertThat(query.matches(instance().withAgentVersion("1.14.4"))).isTrue();
    assertThat(query.matches(instance().withAgentVersion("1.14.5"))).isFalse();
    assertThat(query.matches(instance().withAgentVersion("1.20.0"))).isFalse();
  }

  @Test
  void registeredBeforeFebruary13() {
    ClusterQuery query = ClusterQuery.parse("registeredAt < 2018-02-13");

    assertThat(query.matches(instance().withRegisteredAt("2018-02-12T23:59:59Z"))).isTrue();
    assertThat(query.matches(instance().withRegisteredAt("2018-02-13T00:00:00Z"))).isFalse();
    assertThat(ClusterQuery.parse("registeredAt < 2018-01-01").matches(instance())).isFalse();
  }

  @Test
  void ec2InstanceIdsInQuotes() {
    ClusterQuery query = ClusterQuery.parse("ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']");

    assertThat(query.expression())
        .isEqualTo(
            new Membership(
                Subject.Field.EC2_INSTANCE_ID, false, List.of(Value.of("i-abcd1234"), Value.of("i-wxyx7890"))));
    assertThat(query.canonical()).isEqualTo("ec2InstanceId in [i-abcd1234, i-wxyx7890]");
    assertThat(query.matches(instance())).isTrue();
    assertThat(query.matches(instance().withEc2InstanceId("i-wxyx7890"))).isTrue();
    assertThat(query.matches(instance().withEc2InstanceId("i-00000000"))).isFalse();
  }

  @Test
  void precedenceTemplateFromTheDocumentation() {
    ClusterQuery query = ClusterQuery.parse("(attribute:a == x or attribute:b == y) and attribute:c == z");

    assertThat(query.expression())
        .isEqualTo(
            new And(
                new Or(
                    new Comparison(new Subject.Attribute("a"), Operator.EQUALS, Value.of("x")),
                    new Comparison(new Subject.Attribute("b"), Operator.EQUALS, Value.of("y"))),
                new Comparison(new Subject.Attribute("c"), Operator.EQUALS, Value.of("z"))));
    assertThat(query.canonical()).isEqualTo("(attribute:a == x or attribute:b == y) and attribute:c == z");
  }

  @Test
  void customAttributeFilters() {
    TestInstance prod = instance().with("stack", "prod");

    assertThat(ClusterQuery.parse("attribute:stack == prod").matches(prod)).isTrue();
    assertThat(ClusterQuery.parse("attribute:stack != prod").matches(prod)).isFalse();
    assertThat(ClusterQuery.parse("attribute:stack != prod").matches(prod.with("stack", "dev"))).isTrue();
    assertThat(ClusterQuery.parse("attribute:stack != prod").matches(instance()))
        .as("the filter example lists instances *with* the attribute stack unless it is prod")
        .isFalse();
  }

  @Test
  void multipleAttributeValuesAndMultipleAttributes() {
    assertThat(ClusterQuery.parse("attribute:ecs.instance-type in [t2.small, t2.medium]").matches(instance())).isTrue();
    assertThat(
            ClusterQuery.parse("attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone == us-east-1a")
                .matches(instance()))
        .isTrue();
    assertThat(ClusterQuery.parse("attribute:ecs.instance-type == g2.2xlarge").matches(instance())).isFalse();
  }

  @Test
  void memberOfConstraintExamples() {
    assertThat(ClusterQuery.parse("attribute:ecs.instance-type =~ t2.*").matches(instance())).isTrue();
    assertThat(ClusterQuery.parse("attribute:ecs.instance-type =~ t2.*").matches(instance().with("ecs.instance-type", "t3.micro")))
        .isFalse();
    assertThat(ClusterQuery.parse("task:group == databases").matches(instance().withTaskGroups("databases"))).isTrue();
    assertThat(ClusterQuery.parse("task:group == service:daemon-service").matches(instance().withTaskGroups("service:daemon-service")))
        .isTrue();
  }

  @Test
  void osTypeAndArchitecture() {
    ClusterQuery query = ClusterQuery.parse("attribute:ecs.os-type == linux and attribute:ecs.cpu-architecture == arm64");

    assertThat(query.matches(instance())).isFalse();
    assertThat(query.matches(instance().with("ecs.cpu-architecture", "arm64"))).isTrue();
    assertThat(query.matches(instance().with("ecs.cpu-architecture", "arm64").with("ecs.os-type", "windows"))).isFalse();
  }

  @Test
  void agentConnected() {
    ClusterQuery query = ClusterQuery.parse("agentConnected == true");

    assertThat(query.matches(instance())).isTrue();
    assertThat(query.matches(instance().withAgentConnected(false))).isFalse();
  }

  @Test
  void attributeDoesNotExist() {
    ClusterQuery query = ClusterQuery.parse("attribute:ecs.instance-type !exists");

    assertThat(query.expression()).isEqualTo(new Existence(INSTANCE_TYPE, true));
    assertThat(query.matches(instance())).isFalse();
    assertThat(query.matches(instance().without("ecs.instance-type"))).isTrue();
  }
}

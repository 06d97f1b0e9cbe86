package dev.ecsdsl.cql;

import static dev.ecsdsl.cql.TestInstance.instance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationTest {

  private static boolean matches(String query, InstanceView instance) {
    return ClusterQuery.parse(query).matches(instance);
  }

  @ParameterizedTest(name = "<{0}> on cpu={1}: {2}")
  @CsvSource({
    "attribute:cpu > 4, 16, true", // numerically; as text "16" < "4"
    "attribute:cpu > 4, 3, false",
    "attribute:cpu >= 1.5, 1.50, true",
    "attribute:cpu <= -2, -10, true",
    "attribute:cpu < 0.25, 0.3, false",
    "attribute:cpu greater_than 10, 9.99, false",
    "attribute:cpu less_than_equal 007, 7, true",
    "attribute:cpu > 4, high, true", // not a number: text order, "high" > "4"
    "attribute:cpu < m, large, true",
    "attribute:cpu > m, xlarge, true",
    "attribute:cpu == 1, 1.0, false", // == is string equality
    "attribute:cpu != 1, 1.0, true",
    "attribute:cpu == 1.0, 1.0, true",
  })
  void orderingIsNumericWhenBothSidesAreNumbersEqualityIsTextual(String query, String value, boolean expected) {
    assertThat(matches(query, instance().with("cpu", value))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "<{0}> on an instance without the attribute: {1}")
  @CsvSource({
    "attribute:stack == prod, false",
    "attribute:stack != prod, false",
    "attribute:stack > a, false",
    "attribute:stack <= z, false",
    "attribute:stack in [prod], false",
    "attribute:stack !in [prod], false",
    "attribute:stack =~ .*, false",
    "attribute:stack !~ prod, false",
    "attribute:stack exists, false",
    "attribute:stack !exists, true",
    "attribute:stack not_exists, true",
    "not(attribute:stack == prod), true",
  })
  void aMissingAttributeSatisfiesOnlyNotExists(String query, boolean expected) {
    assertThat(matches(query, instance())).isEqualTo(expected);
  }

  @Test
  void anAttributeWithoutValueExists() {
    TestInstance flagged = instance().with("gpu", "");

    assertThat(matches("attribute:gpu exists", flagged)).isTrue();
    assertThat(matches("attribute:gpu == ''", flagged)).isTrue();
    assertThat(matches("attribute:gpu != ''", flagged)).isFalse();
  }

  @Test
  void matchesIsAJavaRegularExpressionOverTheWholeValue() {
    assertThat(matches("attribute:ecs.instance-type =~ t2.*", instance())).isTrue();
    assertThat(matches("attribute:ecs.instance-type =~ t2", instance())).isFalse();
    assertThat(matches("attribute:ecs.instance-type =~ small", instance())).isFalse();
    assertThat(matches("attribute:ecs.instance-type =~ .*small", instance())).isTrue();
    assertThat(matches("attribute:ecs.instance-type =~ 't2\\.(micro|small)'", instance())).isTrue();
    assertThat(matches("attribute:ecs.instance-type =~ 't2\\.(micro|small)'", instance().with("ecs.instance-type", "t2.large")))
        .isFalse();
    assertThat(matches("attribute:ecs.instance-type matches 't[23]\\..+'", instance())).isTrue();
    assertThat(matches("attribute:ecs.instance-type !~ g2.*", instance())).isTrue();
    assertThat(matches("attribute:ecs.instance-type not_matches t2.*", instance())).isFalse();
    assertThat(matches("attribute:ecs.instance-type =~ t2.*", instance().with("ecs.instance-type", "t2.small\nx")))
        .as("'.' does not match a line terminator, as in java.util.regex")
        .isFalse();
  }

  @Test
  void ec2InstanceId() {
    assertThat(matches("ec2InstanceId == i-abcd1234", instance())).isTrue();
    assertThat(matches("ec2InstanceId equals i-abcd1234", instance().withEc2InstanceId("i-1"))).isFalse();
    assertThat(matches("ec2InstanceId != i-abcd1234", instance().withEc2InstanceId("i-1"))).isTrue();
    assertThat(matches("ec2InstanceId !in [i-1, i-2]", instance())).isTrue();
    assertThat(matches("ec2InstanceId not_in [i-abcd1234]", instance())).isFalse();
    assertThat(matches("ec2InstanceId =~ i-abcd.*", instance())).isTrue();
    assertThat(matches("ec2InstanceId !~ i-abcd.*", instance())).isFalse();
    assertThat(matches("ec2InstanceId != i-1", instance().withEc2InstanceId(null))).isFalse();
  }

  @Test
  void agentConnected() {
    TestInstance disconnected = instance().withAgentConnected(false);

    assertThat(matches("agentConnected == false", disconnected)).isTrue();
    assertThat(matches("agentConnected != true", disconnected)).isTrue();
    assertThat(matches("agentConnected != true", instance())).isFalse();
    assertThat(matches("agentConnected in [false]", disconnected)).isTrue();
    assertThat(matches("agentConnected !in [false]", disconnected)).isFalse();
    assertThat(matches("agentConnected =~ t.*", instance())).isTrue();
    assertThat(matches("agentConnected !~ t.*", disconnected)).isTrue();
  }

  @Test
  void agentVersionOrdersAsADottedVersion() {
    assertThat(matches("agentVersion == 1.14.5", instance())).isTrue();
    assertThat(matches("agentVersion == 1.14.5.0", instance())).isTrue();
    assertThat(matches("agentVersion != 1.14.5", instance())).isFalse();
    assertThat(matches("agentVersion > 1.9.9", instance())).isTrue();
    assertThat(matches("agentVersion >= 1.14", instance())).isTrue();
    assertThat(matches("agentVersion <= 1.14.4", instance())).isFalse();
    assertThat(matches("agentVersion < 2", instance())).isTrue();
    assertThat(matches("agentVersion < 2", instance().withAgentVersion(null))).isFalse();
  }

  @ParameterizedTest(name = "registered {0}: <registeredAt {1}> is {2}")
  @CsvSource({
    "2018-06-18T22:28:28Z, == 2018-06-18, true", // a date names its whole (UTC) day
    "2018-06-18T22:28:28Z, != 2018-06-18, false",
    "2018-06-18T22:28:28Z, < 2018-06-18, false",
    "2018-06-18T22:28:28Z, <= 2018-06-18, true",
    "2018-06-18T22:28:28Z, > 2018-06-18, false",
    "2018-06-18T22:28:28Z, >= 2018-06-18, true",
    "2018-06-18T22:28:28Z, > 2018-06-17, true",
    "2018-06-18T22:28:28Z, < 2018-06-19, true",
    "2018-06-18T22:28:28Z, == 2018-06-18T22:28:28Z, true",
    "2018-06-18T22:28:28.750Z, == 2018-06-18T22:28:28Z, true", // ... and a timestamp its second
    "2018-06-18T22:28:28Z, == 2018-06-18T22:28:28, true", // no offset means UTC
    "2018-06-18T22:28:28Z, == 2018-06-18T22:28:28+00:00, true",
    "2018-06-18T22:28:28Z, == 2018-06-19T00:28:28+02:00, true",
    "2018-06-18T22:28:28Z, > 2018-06-18T22:28:27Z, true",
    "2018-06-18T22:28:28Z, >= 2018-06-18T22:28:29Z, false",
    "2018-06-18T22:28:28Z, less_than_equal 2018-06-18T22:28:28Z, true",
  })
  void registeredAt(String registered, String condition, boolean expected) {
    assertThat(matches("registeredAt " + condition, instance().withRegisteredAt(registered))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "3 tasks: <runningTasksCount {0}> is {1}")
  @CsvSource({
    "== 3, true", "!= 3, false", "> 2, true", ">= 3, true", "< 3, false", "<= 3, true", "< 10, true", "> -1, true",
  })
  void runningTasksCount(String condition, boolean expected) {
    assertThat(matches("runningTasksCount " + condition, instance().withRunningTasksCount(3))).isEqualTo(expected);
  }

  @Test
  void taskGroupHoldsWhenAnyTaskOnTheInstanceSatisfiesIt() {
    TestInstance busy = instance().withTaskGroups("service:web", "family:batch");

    assertThat(matches("task:group == family:batch", busy)).isTrue();
    assertThat(matches("task:group in [service:api, service:web]", busy)).isTrue();
    assertThat(matches("task:group in [service:api]", busy)).isFalse();
    assertThat(matches("task:group =~ service:.*", busy)).isTrue();
    assertThat(matches("task:group =~ service:a.*", busy)).isFalse();
    assertThat(matches("task:group > service:a", busy)).isTrue();
    assertThat(matches("task:group exists", busy)).isTrue();
    assertThat(matches("task:group exists", instance())).isFalse();
    assertThat(matches("task:group !exists", instance())).isTrue();
  }

  @Test
  void negatedTaskGroupOperatorsMeanNoTaskSatisfiesThePositiveOne() {
    TestInstance busy = instance().withTaskGroups("service:web", "database");

    assertThat(matches("task:group != database", busy)).isFalse();
    assertThat(matches("task:group != database", instance().withTaskGroups("service:web"))).isTrue();
    assertThat(matches("task:group != database", instance())).isTrue();
    assertThat(matches("task:group !in [database, cache]", busy)).isFalse();
    assertThat(matches("task:group !in [cache]", busy)).isTrue();
    assertThat(matches("task:group !~ data.*", busy)).isFalse();
    assertThat(matches("task:group !~ cache.*", busy)).isTrue();
  }

  @Test
  void longArgumentListsBehaveLikeShortOnes() {
    String zones = IntStream.range(0, 20).mapToObj(i -> "zone-" + i).reduce((a, b) -> a + ", " + b).orElseThrow();

    assertThat(matches("attribute:z in [" + zones + "]", instance().with("z", "zone-17"))).isTrue();
    assertThat(matches("attribute:z in [" + zones + "]", instance().with("z", "zone-20"))).isFalse();
    assertThat(matches("attribute:z !in [" + zones + "]", instance().with("z", "zone-20"))).isTrue();
  }

  @Test
  void booleanStructureAndPrecedence() {
    TestInstance linux = instance();

    assertThat(matches("attribute:ecs.os-type == windows or attribute:ecs.os-type == linux and runningTasksCount == 0", linux))
        .isTrue();
    assertThat(matches("(attribute:ecs.os-type == windows or attribute:ecs.os-type == linux) and runningTasksCount == 1", linux))
        .isFalse();
    assertThat(matches("not attribute:ecs.os-type == windows and runningTasksCount == 0", linux)).isTrue();
    assertThat(matches("!(attribute:ecs.os-type == linux && runningTasksCount == 0) || agentConnected == false", linux))
        .isFalse();
  }

  @Test
  void compiledPatternsAreSafeToShareBetweenThreads() {
    ClusterQuery query = ClusterQuery.parse("attribute:n =~ '(a|b)+c[0-9]{2}'");

    assertThat(
            IntStream.range(0, 20_000)
                .parallel()
                .allMatch(i -> query.matches(instance().with("n", (i % 2 == 0 ? "ab" : "ba") + "c" + (10 + i % 90)))))
        .isTrue();
  }

  @Test
  void evaluationDoesNotAllocate() {
    com.sun.management.ThreadMXBean threads = allocationCounter();
    ClusterQuery query =
        ClusterQuery.parse(
            "attribute:ecs.instance-type =~ 't2\\.(micro|small)' and attribute:ecs.instance-type =~ t2.*"
                + " and attribute:cpu > 2 and attribute:ecs.availability-zone in [us-east-1a, us-east-1b]"
                + " and runningTasksCount < 5 and task:group != database and registeredAt > 2018-01-01"
                + " and agentVersion >= 1.14 and ec2InstanceId != i-0 and agentConnected == true"
                + " and not(attribute:gpu exists)");
    InstanceView view = new PrecomputedView(Map.of(
        "ecs.instance-type", "t2.small", "cpu", "4", "ecs.availability-zone", "us-east-1b"));
    assertThat(query.matches(view)).isTrue();
    for (int i = 0; i < 200_000; i++) {
      query.matches(view); // warm up
    }

    long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    boolean all = true;
    for (int i = 0; i < 100_000; i++) {
      all &= query.matches(view);
    }
    long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

    assertThat(all).isTrue();
    assertThat(allocated).as("bytes allocated by 100,000 evaluations").isLessThan(10_000);
  }

  private static com.sun.management.ThreadMXBean allocationCounter() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeThat(bean).isInstanceOf(com.sun.management.ThreadMXBean.class);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    threads.setThreadAllocatedMemoryEnabled(true);
    return threads;
  }

  /** A view that hands out stored objects only, so any allocation measured is the evaluator's. */
  private static final class PrecomputedView implements InstanceView {
    private final Map<String, Optional<String>> attributes;
    private final Instant registeredAt = Instant.parse("2019-01-01T00:00:00Z");
    private final Set<String> groups = Set.of("service:web");

    PrecomputedView(Map<String, String> attributes) {
      this.attributes =
          Map.copyOf(
              attributes.entrySet().stream()
                  .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Optional.of(e.getValue()))));
    }

    @Override
    public Optional<String> attribute(String name) {
      return attributes.getOrDefault(name, Optional.empty());
    }

    @Override
    public String ec2InstanceId() {
      return "i-1";
    }

    @Override
    public boolean agentConnected() {
      return true;
    }

    @Override
    public String agentVersion() {
      return "1.14.5";
    }

    @Override
    public int runningTasksCount() {
      return 2;
    }

    @Override
    public Instant registeredAt() {
      return registeredAt;
    }

    @Override
    public Set<String> taskGroups() {
      return groups;
    }
  }
}

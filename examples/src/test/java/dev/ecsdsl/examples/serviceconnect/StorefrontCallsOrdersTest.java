package dev.ecsdsl.examples.serviceconnect;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.junit.Deploy;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.junit.Service;
import dev.ecsdsl.junit.ServiceHandle;
import dev.ecsdsl.model.ApplicationProtocol;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.runtime.CallFromResponse;
import dev.ecsdsl.runtime.ServiceConnectCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Two services that call each other through Service Connect, in memory: storefront (a client-only service) calls
 * orders by its client alias {@code http://orders:8080} in the namespace {@code shop}, which the cluster's
 * {@code serviceConnectDefaults} names. Requests flow by alias to every orders task; a rolling deployment of orders
 * loses no call, because a task leaving is taken out of the endpoint before it stops ("Service Connect deployment
 * order"); a killed orders task is routed around; a slow release of orders shows in storefront's results as
 * 504s after the endpoint's 5 s per-request timeout. Every call is counted.
 */
@EcsTest(seed = 20)
class StorefrontCallsOrdersTest {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final int CALLS_PER_SECOND = 10;

  static Environment storefrontAndOrders() {
    var builder = Ecs.environment("shop")
        .vpc(v -> v.cidr("10.0.0.0/16")
            .subnet("subnet-a", "us-east-1a", "10.0.1.0/24").subnet("subnet-b", "us-east-1b", "10.0.2.0/24"))
        .namespace("shop")
        .cluster("prod", c -> c.fargateCapacityProviders().serviceConnectDefaults("shop"));
    for (String version : List.of("1", "2", "3")) {
      builder.taskDefinition("orders", td -> td.fargate().cpu(256).memory(512)
          .container("app", a -> a.image("shop/orders:" + version).portMapping(PortMapping.builder()
              .containerPort(8080).name("orders-http").appProtocol(ApplicationProtocol.HTTP).build())));
    }
    return builder
        .taskDefinition("storefront", td -> td.fargate().cpu(256).memory(512)
            .container("app", a -> a.image("shop/storefront:1").port(80)))
        .service("orders", s -> s.cluster("prod").taskDefinition("orders:1").desiredCount(3).fargate()
            .subnets("subnet-a", "subnet-b").deployment(100, 200)
            .serviceConnect(sc -> sc.offer("orders-http", "orders", 8080, 60, 5)))
        .service("storefront", s -> s.cluster("prod").taskDefinition("storefront").desiredCount(2).fargate()
            .subnets("subnet-a", "subnet-b").serviceConnect(sc -> { }))
        .build();
  }

  @Deploy Environment shop = storefrontAndOrders();
  @Service("orders") ServiceHandle orders;
  @Service("storefront") ServiceHandle storefront;

  /** Every call storefront made, by the status it got. */
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final List<ServiceConnectCall> calls = new ArrayList<>();

  private CallFromResponse call(InMemoryEcs ecs, int count) {
    CallFromResponse response = ecs.serviceConnect().callFrom(r -> r.cluster("prod").service("storefront")
        .url("http://orders:8080/orders/42").count(count));
    response.statusCounts().forEach((status, n) -> statuses.merge(status, n, Integer::sum));
    calls.addAll(response.calls());
    return response;
  }

  /** Calls every second until {@code done} holds; returns how many calls were made. */
  private int callEverySecondUntil(InMemoryEcs ecs, BooleanSupplier done) {
    int made = 0;
    for (int second = 0; second < HOUR.toSeconds() && !done.getAsBoolean(); second++) {
      made += call(ecs, CALLS_PER_SECOND).calls().size();
      ecs.clock().advance(Duration.ofSeconds(1));
    }
    return made;
  }

  @Test
  void requestsFlowByAliasToEveryOrdersTask(InMemoryEcs ecs) {
    orders.awaitSteady(HOUR);
    storefront.awaitSteady(HOUR);

    CallFromResponse response = call(ecs, 120);

    assertThat(response.succeeded()).isEqualTo(120);
    assertThat(response.perTask().keySet()).containsExactlyInAnyOrderElementsOf(
        orders.runningTasks().stream().map(t -> t.taskArn()).toList());
    assertThat(response.calls().stream().map(ServiceConnectCall::callerTaskArn).distinct())
        .as("storefront's tasks call in turn").hasSize(2);
  }

  @Test
  void aRollingDeploymentOfOrdersLosesNoCall(InMemoryEcs ecs) {
    // Each orders server stops listening on SIGTERM and takes 10 s to shut down: a call routed to a stopping task
    // would be refused and need a retry.
    ecs.behaviourOfImage("shop/orders:1", ContainerBehaviour.shutdownTakes(Duration.ofSeconds(10)));
    orders.awaitSteady(HOUR);
    storefront.awaitSteady(HOUR);

    orders.deploy("orders:2");
    int made = callEverySecondUntil(ecs, () -> ecs.isSteady("prod", "orders"));

    assertThat(orders.describe()).isSteady().runsTaskDefinition("orders:2");
    assertThat(made).isGreaterThan(100);
    assertThat(statuses).as("every one of the %d calls during the deployment", made).containsOnlyKeys(200);
    assertThat(calls).hasSize(made).allSatisfy(c -> assertThat(c.attempts())
        .as("a task leaving left the endpoint before SIGTERM: no call needed a retry").isEqualTo(1));
    assertThat(calls.stream().map(c -> c.targetTaskArn().orElseThrow()).distinct().count())
        .as("calls reached old and new tasks").isGreaterThan(3);
  }

  @Test
  void aKilledOrdersTaskIsRoutedAround(InMemoryEcs ecs) {
    orders.awaitSteady(HOUR);
    storefront.awaitSteady(HOUR);
    String victim = orders.runningTasks().get(0).taskArn();

    ecs.faults().killContainer(r -> r.cluster("prod").task(victim).container("app"));
    int made = callEverySecondUntil(ecs, () -> ecs.isSteady("prod", "orders") && orders.runningTasks().size() == 3);

    assertThat(statuses).as("every one of the %d calls after the kill", made).containsOnlyKeys(200);
    assertThat(calls).hasSize(made).noneMatch(c -> c.targetTaskArn().orElseThrow().equals(victim));
    assertThat(orders.runningTasks()).hasSize(3).noneMatch(t -> t.taskArn().equals(victim));
  }

  @Test
  void aSlowReleaseOfOrdersShowsInStorefrontsResultsAs504s(InMemoryEcs ecs) {
    ecs.behaviourOfImage("shop/orders:3", ContainerBehaviour.answersRequests(200, Duration.ofSeconds(8)));
    orders.awaitSteady(HOUR);
    storefront.awaitSteady(HOUR);

    orders.deploy("orders:3");
    orders.awaitSteady(HOUR);
    CallFromResponse response = call(ecs, 30);

    assertThat(response.statusCounts()).containsOnlyKeys(504).containsEntry(504, 30);
    assertThat(response.calls()).allSatisfy(c -> assertThat(c.latency()).isEqualTo(Duration.ofSeconds(5)));
  }
}

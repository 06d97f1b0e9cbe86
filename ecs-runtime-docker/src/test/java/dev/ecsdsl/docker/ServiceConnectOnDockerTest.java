package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.ApplicationProtocol;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.runtime.CallFromResponse;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Service Connect on Docker: the same control plane routes storefront's requests to {@code http://orders:8080} over
 * orders' RUNNING tasks, and the Docker agent sends each one for real to the chosen task's container (an HTTP GET
 * from this host to the task's address), so the answers are the containers' own: busybox httpd's 200 for a file it
 * has, 404 for one it lacks (Service Connect components; docs/SERVICE-CONNECT.md §1.3). A rolling deployment of
 * orders loses no call and a killed orders task is routed around, with real containers. Orders has a container health
 * check, as a service whose callers must lose nothing needs: without one a task takes requests from the moment it is
 * RUNNING, before its server listens, and under load both of a request's attempts can meet such a task (503).
 */
@RequiresDocker
class ServiceConnectOnDockerTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private static final String CLUSTER = "mesh";
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private static Environment environment() {
    return DockerTesting.webVpc("mesh")
        .namespace("shop")
        .cluster(CLUSTER, c -> c.fargateCapacityProviders().serviceConnectDefaults("shop"))
        .taskDefinition("orders", td -> td.fargate().cpu(256).memory(512)
            .container("app", a -> a.image(ENGINE.busybox()).memory(64).portMapping(PortMapping.builder()
                .containerPort(8080).name("orders-http").appProtocol(ApplicationProtocol.HTTP).build())
                .command("sh", "-c", "mkdir -p /www/orders && echo 42 > /www/orders/42"
                    + " && trap 'exit 0' TERM; httpd -f -p 8080 -h /www & wait")
                // RUNNING is not listening: a task takes requests once its health check passes (EndpointRegistry),
                // so on a loaded machine no call meets a new task whose httpd has not bound its port yet.
                .healthCheck("wget -q -O /dev/null http://127.0.0.1:8080/orders/42",
                    h -> h.interval(5).timeout(5).retries(3).startPeriod(10))))
        .taskDefinition("storefront", td -> td.fargate().cpu(256).memory(512)
            .container("app", a -> a.image(ENGINE.busybox()).memory(64)
                .command("sh", "-c", "trap 'exit 0' TERM; sleep 600 & wait")))
        .service("orders", s -> s.cluster(CLUSTER).taskDefinition("orders").desiredCount(2).fargate()
            .subnets("subnet-a").securityGroups("sg-web")
            .serviceConnect(sc -> sc.offer("orders-http", "orders", 8080)))
        .service("storefront", s -> s.cluster(CLUSTER).taskDefinition("storefront").desiredCount(1).fargate()
            .subnets("subnet-a").securityGroups("sg-web").serviceConnect(sc -> { }))
        .build();
  }

  @Test
  void storefrontsRequestsByAliasReachEveryOrdersContainerForReal() {
    DockerEcs ecs = ENGINE.runtime(20, environment());
    ecs.await(Conditions.serviceSteady(CLUSTER, "orders")).atMost(PATIENCE);
    ecs.await(Conditions.serviceSteady(CLUSTER, "storefront")).atMost(PATIENCE);
    List<String> orders = ecs.ecs().listTasks(r -> r.cluster(CLUSTER).serviceName("orders")).taskArns();

    CallFromResponse found = ecs.serviceConnect().callFrom(r -> r.cluster(CLUSTER).service("storefront")
        .url("http://orders:8080/orders/42").count(6));
    CallFromResponse missing = ecs.serviceConnect().callFrom(r -> r.cluster(CLUSTER).service("storefront")
        .url("http://orders:8080/orders/7").count(2));

    assertThat(found.statusCounts()).as("%s", found.calls()).containsOnlyKeys(200);
    assertThat(found.perTask()).containsOnlyKeys(orders);
    assertThat(found.perTask().values()).containsExactly(3, 3);
    assertThat(missing.statusCounts()).as("the container's own 404").containsOnlyKeys(404);
  }

  @Test
  void aRollingDeploymentOfOrdersLosesNoCallAndAKilledOrdersTaskIsRoutedAround() {
    DockerEcs ecs = ENGINE.runtime(21, environment());
    ecs.await(Conditions.serviceSteady(CLUSTER, "orders")).atMost(PATIENCE);
    ecs.await(Conditions.serviceSteady(CLUSTER, "storefront")).atMost(PATIENCE);
    List<String> before = ecs.ecs().listTasks(r -> r.cluster(CLUSTER).serviceName("orders")).taskArns();

    // A task leaving is taken out of the endpoint before SIGTERM (docs/SERVICE-CONNECT.md §1.4, A7).
    ecs.ecs().updateService(r -> r.cluster(CLUSTER).service("orders").forceNewDeployment(true));
    Map<Integer, Integer> during = new TreeMap<>();
    int made = 0;
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    boolean replaced = false;
    while (!replaced && System.nanoTime() < deadline) {
      CallFromResponse response = ecs.serviceConnect().callFrom(r -> r.cluster(CLUSTER).service("storefront")
          .url("http://orders:8080/orders/42").count(5));
      response.statusCounts().forEach((status, n) -> during.merge(status, n, Integer::sum));
      made += response.calls().size();
      ecs.clock().advance(Duration.ofMillis(200));
      replaced = ecs.ecs().describeServices(r -> r.cluster(CLUSTER).services("orders")).service().isSteady()
          && ecs.ecs().listTasks(r -> r.cluster(CLUSTER).serviceName("orders")).taskArns().stream()
          .noneMatch(before::contains);
    }
    assertThat(replaced).as("orders replaced its tasks within %s: %s", PATIENCE, ecs.events().timeline()).isTrue();
    assertThat(during).as("every one of the %d calls during the deployment", made).containsOnlyKeys(200);

    List<String> after = ecs.ecs().listTasks(r -> r.cluster(CLUSTER).serviceName("orders")).taskArns();
    assertThat(after).hasSize(2).doesNotContainAnyElementsOf(before);
    ecs.faults().killContainer(r -> r.cluster(CLUSTER).task(after.get(0)).container("app"));
    CallFromResponse afterKill = ecs.serviceConnect().callFrom(r -> r.cluster(CLUSTER).service("storefront")
        .url("http://orders:8080/orders/42").count(10));
    assertThat(afterKill.statusCounts()).as("%s", afterKill.calls()).containsOnlyKeys(200);
    assertThat(afterKill.perTask()).doesNotContainKey(after.get(0));
  }
}

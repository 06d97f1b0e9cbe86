package dev.ecsdsl.inmemory.serviceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.ApplicationProtocol;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.runtime.CallFromResponse;
import dev.ecsdsl.runtime.Container;
import dev.ecsdsl.runtime.ContainerStatus;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.MetricDatapoint;
import dev.ecsdsl.runtime.ServiceConnectCall;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Service Connect in memory (docs/SERVICE-CONNECT.md §1): storefront (a client-only service) calls orders (a
 * client-server service offering {@code orders:8080}) through its proxy, as the developer guide's "Service Connect
 * components" and "Service Connect deployment order" pages describe.
 */
class ServiceConnectTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  static EnvironmentBuilder shop(int ordersCount, String... ordersSubnets) {
    return Ecs.environment("shop")
        .vpc(v -> v.cidr("10.0.0.0/16")
            .subnet("subnet-a", "us-east-1a", "10.0.1.0/24").subnet("subnet-b", "us-east-1b", "10.0.2.0/24"))
        .namespace("shop")
        .cluster("prod", c -> c.fargateCapacityProviders().serviceConnectDefaults("shop"))
        .taskDefinition("orders", td -> td.fargate().cpu(256).memory(512)
            .container("app", a -> a.image("orders:1").portMapping(PortMapping.builder().containerPort(8080)
                .name("orders-http").appProtocol(ApplicationProtocol.HTTP).build())))
        .taskDefinition("orders", td -> td.fargate().cpu(256).memory(512)
            .container("app", a -> a.image("orders:2").portMapping(PortMapping.builder().containerPort(8080)
                .name("orders-http").appProtocol(ApplicationProtocol.HTTP).build())))
        .taskDefinition("storefront", td -> td.fargate().cpu(256).memory(512)
            .container("app", a -> a.image("storefront:1").port(80)))
        .service("orders", s -> s.cluster("prod").taskDefinition("orders:1").desiredCount(ordersCount).fargate()
            .subnets(ordersSubnets).serviceConnect(sc -> sc.offer("orders-http", "orders", 8080, 60, 5)))
        .service("storefront", s -> s.cluster("prod").taskDefinition("storefront").desiredCount(1).fargate()
            .subnets("subnet-a").serviceConnect(sc -> { }));
  }

  static InMemoryEcs running(EnvironmentBuilder environment) {
    InMemoryEcs ecs = InMemoryEcs.create(20);
    ecs.deploy(environment.build());
    ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);
    ecs.await(Conditions.serviceSteady("prod", "storefront")).atMost(TEN_MINUTES);
    return ecs;
  }

  static List<String> tasksOf(InMemoryEcs ecs, String service) {
    return ecs.ecs().listTasks(r -> r.cluster("prod").serviceName(service)).taskArns();
  }

  static CallFromResponse callOrders(InMemoryEcs ecs, int count) {
    return ecs.serviceConnect().callFrom(r -> r.cluster("prod").service("storefront")
        .url("http://orders:8080/orders/1").count(count));
  }

  @Test
  void requestsToTheClientAliasGoRoundRobinOverTheHealthyTasksOfTheService() {
    // "the proxy performs round-robin load balancing" (Service Connect components)
    try (InMemoryEcs ecs = running(shop(2, "subnet-a"))) {
      CallFromResponse response = callOrders(ecs, 100);

      assertThat(response.succeeded()).isEqualTo(100);
      assertThat(response.perTask()).containsOnlyKeys(tasksOf(ecs, "orders"));
      assertThat(response.perTask().values()).containsExactly(50, 50);
      assertThat(response.calls()).allSatisfy(c -> assertThat(c.callerTaskArn()).isEqualTo(tasksOf(ecs,
          "storefront").get(0)));
    }
  }

  @Test
  void everyTaskOfAServiceWithServiceConnectShowsTheProxyContainerEcsAdds() {
    // "Amazon ECS adds the Service Connect proxy container to each task ... not part of the task definition"
    // (Service Connect components; docs/SERVICE-CONNECT.md §1.2)
    try (InMemoryEcs ecs = running(shop(1, "subnet-a"))) {
      for (String service : List.of("orders", "storefront")) {
        Task task = ecs.ecs().describeTasks(r -> r.cluster("prod").tasks(tasksOf(ecs, service))).tasks().get(0);
        String taskId = task.taskArn().substring(task.taskArn().lastIndexOf('/') + 1);
        assertThat(task.containers()).extracting(Container::name)
            .containsExactly("app", "ecs-service-connect-" + taskId.substring(0, 4));
        assertThat(task.containers().get(1).lastStatus()).isEqualTo(ContainerStatus.RUNNING);
      }
      String standalone = ecs.ecs().runTask(r -> r.cluster("prod").taskDefinition("storefront")
          .launchType(dev.ecsdsl.model.LaunchType.FARGATE).networkConfiguration(
              dev.ecsdsl.model.NetworkConfiguration.of(List.of("subnet-a"), List.of())))
          .tasks().get(0).taskArn();
      assertThat(ecs.ecs().describeTasks(r -> r.cluster("prod").tasks(standalone)).tasks().get(0).containers())
          .as("only the tasks that Amazon ECS services create get the proxy").extracting(Container::name)
          .containsExactly("app");
    }
  }

  @Test
  void theProxyPrefersTasksInTheCallersAvailabilityZone() {
    // docs/SERVICE-CONNECT.md §1.3, assumption A6 (AZ-aware routing, Service Connect deployment order page)
    try (InMemoryEcs ecs = running(shop(2, "subnet-a", "subnet-b"))) {
      CallFromResponse response = callOrders(ecs, 20);

      assertThat(response.succeeded()).isEqualTo(20);
      assertThat(response.perTask()).hasSize(1);
      String target = response.perTask().keySet().iterator().next();
      assertThat(ecs.ecs().describeTasks(r -> r.cluster("prod").tasks(target)).tasks().get(0).availabilityZone())
          .contains("us-east-1a");
    }
  }

  @Test
  void aClientOnlyServiceCanCallButIsNotCallable() {
    // ServiceConnectConfiguration.services: "This field is not required for a "client" Amazon ECS service that's a
    // member of a namespace only to connect to other services within the namespace."
    try (InMemoryEcs ecs = running(shop(1, "subnet-a"))) {
      CallFromResponse response = ecs.serviceConnect().callFrom(r -> r.cluster("prod").service("orders")
          .url("http://storefront:80/"));

      assertThat(response.calls()).singleElement().satisfies(call -> {
        assertThat(call.status()).isZero();
        assertThat(call.error()).get().asString().contains("could not resolve host storefront:80");
      });
    }
  }

  @Test
  void aSlowCalleeAnswers504AfterThePerRequestTimeout() {
    // TimeoutConfiguration.perRequestTimeoutSeconds: "The amount of time waiting for the upstream to respond with a
    // complete response per request." orders offers a 5 s per-request timeout.
    try (InMemoryEcs ecs = InMemoryEcs.create(20)) {
      ecs.behaviourOfImage("orders:1", ContainerBehaviour.answersRequests(200, Duration.ofSeconds(8)));
      ecs.deploy(shop(1, "subnet-a").build());
      ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);
      ecs.await(Conditions.serviceSteady("prod", "storefront")).atMost(TEN_MINUTES);

      assertThat(callOrders(ecs, 3).calls()).allSatisfy(call -> {
        assertThat(call.status()).isEqualTo(504);
        assertThat(call.latency()).isEqualTo(Duration.ofSeconds(5));
      });
      ecs.behaviourOfImage("orders:1", ContainerBehaviour.answersRequests(201, Duration.ofMillis(120)));
      assertThat(callOrders(ecs, 3).calls()).allSatisfy(call -> {
        assertThat(call.status()).isEqualTo(201);
        assertThat(call.latency()).isEqualTo(Duration.ofMillis(120));
      });
    }
  }

  @Test
  void aTaskAnswering5xxIsEjectedAfterFiveConsecutiveFailuresForThirtySeconds() {
    // Outlier detection (Service Connect components; numbers: docs/SERVICE-CONNECT.md assumption A3)
    try (InMemoryEcs ecs = running(shop(2, "subnet-a"))) {
      String failing = tasksOf(ecs, "orders").get(0);
      ecs.faults().failHealthChecks(r -> r.cluster("prod").task(failing).container("app"));

      CallFromResponse before = callOrders(ecs, 10);
      assertThat(before.statusCounts()).containsEntry(503, 5).containsEntry(200, 5);
      CallFromResponse ejected = callOrders(ecs, 10);
      assertThat(ejected.succeeded()).isEqualTo(10);
      assertThat(ejected.perTask()).doesNotContainKey(failing);

      ecs.clock().advance(Duration.ofSeconds(31));
      assertThat(callOrders(ecs, 2).perTask()).containsKey(failing);
    }
  }

  @Test
  void aRefusedConnectionIsRetriedOnceOnAnotherTask() {
    // "the proxy performs ... retries" (Service Connect components; policy: assumption A4)
    try (InMemoryEcs ecs = InMemoryEcs.create(20)) {
      ecs.behaviourOfImage("orders:1", ContainerBehaviour.refusesConnections());
      ecs.deploy(shop(2, "subnet-a").build());
      ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);
      ecs.await(Conditions.serviceSteady("prod", "storefront")).atMost(TEN_MINUTES);

      ServiceConnectCall call = callOrders(ecs, 1).calls().get(0);
      assertThat(call.attempts()).isEqualTo(2);
      assertThat(call.status()).isEqualTo(503);
      assertThat(call.error()).get().asString().contains("upstream connect error");
    }
  }

  @Test
  void aStoppingTaskLeavesTheEndpointBeforeItsContainersGetSigterm() {
    // A task leaving is deregistered at DEACTIVATING, before SIGTERM (docs/SERVICE-CONNECT.md §1.4, assumption A7):
    // its server, which stops listening on SIGTERM and takes 20 s to shut down, gets no new request.
    try (InMemoryEcs ecs = InMemoryEcs.create(20)) {
      ecs.behaviourOfImage("orders:1", ContainerBehaviour.shutdownTakes(Duration.ofSeconds(20)));
      ecs.deploy(shop(2, "subnet-a").build());
      ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);
      ecs.await(Conditions.serviceSteady("prod", "storefront")).atMost(TEN_MINUTES);
      String leaving = tasksOf(ecs, "orders").get(0);

      ecs.ecs().stopTask(r -> r.cluster("prod").task(leaving));
      ecs.clock().advance(Duration.ofSeconds(5));
      CallFromResponse response = callOrders(ecs, 20);

      assertThat(ecs.ecs().describeTasks(r -> r.cluster("prod").tasks(leaving)).tasks().get(0).lastStatus())
          .as("still shutting down").isNotEqualTo(dev.ecsdsl.runtime.TaskStatus.STOPPED);
      assertThat(response.succeeded()).isEqualTo(20);
      assertThat(response.perTask()).doesNotContainKey(leaving);
      assertThat(response.calls()).allSatisfy(c -> assertThat(c.attempts()).as("no retry needed").isEqualTo(1));
    }
  }

  @Test
  void existingTasksCannotResolveAnEndpointCreatedAfterTheyStarted() {
    // "Existing tasks can't resolve and connect to the new endpoint. Only new tasks ... that start running after
    // this deployment can resolve and connect to this endpoint" (Service Connect deployment order)
    try (InMemoryEcs ecs = InMemoryEcs.create(20)) {
      var description = shop(1, "subnet-a").build();
      var withoutOrders = dev.ecsdsl.model.ImmutableEnvironment.copyOf(description)
          .withServices(description.service("storefront").orElseThrow());
      ecs.deploy(withoutOrders);
      ecs.await(Conditions.serviceSteady("prod", "storefront")).atMost(TEN_MINUTES);
      ecs.ecs().createService(r -> r.service(description.service("orders").orElseThrow()));
      ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);

      assertThat(callOrders(ecs, 1).calls().get(0).error()).get().asString().contains("could not resolve host");

      ecs.ecs().updateService(r -> r.cluster("prod").service("storefront").forceNewDeployment(true));
      ecs.await(Conditions.serviceSteady("prod", "storefront")).atMost(TEN_MINUTES);
      assertThat(callOrders(ecs, 4).succeeded()).isEqualTo(4);
    }
  }

  @Test
  void aStandaloneTaskHasNoProxyToCallFrom() {
    // "Only the tasks that Amazon ECS services create are supported with Service Connect" (ServiceConnectConfiguration)
    try (InMemoryEcs ecs = running(shop(1, "subnet-a"))) {
      String standalone = ecs.ecs().runTask(r -> r.cluster("prod").taskDefinition("storefront")
          .launchType(dev.ecsdsl.model.LaunchType.FARGATE).networkConfiguration(
              dev.ecsdsl.model.NetworkConfiguration.of(List.of("subnet-a"), List.of())))
          .tasks().get(0).taskArn();
      ecs.clock().advance(Duration.ofMinutes(1));

      assertThatThrownBy(() -> ecs.serviceConnect().callFrom(r -> r.cluster("prod").task(standalone)
          .url("http://orders:8080/"))).isInstanceOf(EcsException.class)
          .hasMessageContaining("only the tasks that Amazon ECS services create are supported");
      assertThatThrownBy(() -> ecs.serviceConnect().callFrom(r -> r.cluster("prod").service("storefront")
          .url("ftp://orders:8080/"))).isInstanceOf(EcsException.class).hasMessageContaining("http://");
    }
  }

  @Test
  void theCalleesRequestsAndAnswersAreServiceConnectMetricsPerMinute() {
    // Service Connect metrics (Amazon ECS CloudWatch metrics; set: docs/SERVICE-CONNECT.md §1.5, assumption A8)
    try (InMemoryEcs ecs = running(shop(2, "subnet-a"))) {
      ecs.behaviourOfImage("orders:1", ContainerBehaviour.answersRequests(200, Duration.ofMillis(40)));
      callOrders(ecs, 30);

      List<MetricDatapoint> received = ecs.cloudWatch().getMetricStatistics(r -> r.cluster("prod")
          .service("orders").metricName("RequestCount").discoveryName("orders-http")).datapoints();
      assertThat(received).singleElement().satisfies(p -> assertThat(p.value()).isEqualTo(30.0));
      assertThat(ecs.cloudWatch().getMetricStatistics(r -> r.cluster("prod").service("orders")
          .metricName("RequestCountPerTarget").discoveryName("orders-http")).datapoints().get(0).value())
          .isEqualTo(15.0);
      assertThat(ecs.cloudWatch().getMetricStatistics(r -> r.cluster("prod").service("storefront")
          .metricName("TargetResponseTime").targetDiscoveryName("orders-http")).datapoints().get(0).value())
          .isEqualTo(40.0);
      assertThat(ecs.cloudWatch().getMetricStatistics(r -> r.cluster("prod").service("orders")
          .metricName("HTTPCode_Target_2XX_Count").discoveryName("orders-http")).datapoints().get(0).value())
          .isEqualTo(30.0);
    }
  }
}

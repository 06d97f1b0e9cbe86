package dev.ecsdsl.examples;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;

import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.junit.Cluster;
import dev.ecsdsl.junit.ClusterHandle;
import dev.ecsdsl.junit.Deploy;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.junit.Service;
import dev.ecsdsl.junit.ServiceHandle;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.RequestResult;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A web service on Fargate behind an ALB: it reaches a steady state, rolls out v2 without losing a
 * request, and a broken v3 trips the deployment circuit breaker and rolls back to v2. The order workers
 * of the shop come back on the other instances when one is lost.
 */
@EcsTest(seed = 7)
class WebServiceRolloutTest {
  private static final Duration HOUR = Duration.ofHours(1);

  static Environment storefront() {
    var builder = StorefrontNetwork.network();
    for (String version : List.of("1", "2", "3")) {
      builder.taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
          .container("app", a -> a.image("shop/web:" + version).port(8080)
              .healthCheck("wget -q -O- http://localhost:8080/health || exit 1",
                  hc -> hc.interval(10).timeout(5).retries(3).startPeriod(20))));
    }
    return builder
        .service("web", s -> s.cluster("prod").taskDefinition("web:1").desiredCount(4).fargate()
            .subnets("subnet-a", "subnet-b").securityGroups("sg-web").loadBalancer("web", "app", 8080)
            .healthCheckGracePeriod(60).deployment(100, 200).circuitBreaker(true))
        .build();
  }

  @Nested
  class Storefront {
    @Deploy Environment storefront = storefront();
    @Service("web") ServiceHandle web;

    @Test
    void v2RollsOutWithoutALostRequestAndABrokenV3RollsBack(InMemoryEcs ecs) {
      ecs.behaviourOfImage("shop/web:3", ContainerBehaviour.neverHealthy());
      web.awaitSteady(HOUR);

      web.deploy("web:2");
      List<String> lost = new ArrayList<>();
      ecs.await("web steady on web:2 under requests", r -> {
        RequestResult result = r.elb().sendRequests(q -> q.loadBalancer("alb").listenerPort(443)
            .host("shop.example.com").path("/").count(20));
        if (result.failed() > 0) {
          lost.add(r.clock().now() + ": " + result.failed() + " requests failed");
        }
        return r.ecs().describeServices(d -> d.cluster("prod").services("web")).service().isSteady();
      }).atMost(HOUR);
      assertThat(web).isSteady().runsTaskDefinition("web:2");
      assertThat(lost).isEmpty();

      web.deploy("web:3");
      web.awaitSteady(HOUR);

      assertThat(web).deploymentFailed().hasEventContaining("deployment failed: tasks failed health checks.")
          .hasEventContaining("(service web) rolling back to deployment").rolledBackTo("web:2")
          .hasRunningCount(4).allTasksHealthy();
      assertThat(web.runningTasks()).hasSize(4).allSatisfy(t -> assertThat(t.taskDefinitionArn()).endsWith("web:2"));
    }
  }

  @Nested
  class OrderWorkers {
    @Deploy EnvironmentBuilder shop = ShopEnvironment.description();
    @Service("orders") ServiceHandle orders;
    @Cluster("shop-workers") ClusterHandle workers;

    @Test
    void comeBackOnTheOtherInstancesWhenOneIsLost(InMemoryEcs ecs) {
      ecs.behaviour("orders", "migrate", ContainerBehaviour.exitsAfter(Duration.ofSeconds(20), 0));
      orders.awaitSteady(HOUR);
      Task victim = orders.runningTasks().get(0);

      ecs.faults().terminateInstance(r -> r.cluster("shop-workers")
          .containerInstance(victim.ec2InstanceId().orElseThrow()));
      ServiceDescription after = orders.awaitSteady(HOUR);

      assertThat(workers.task(victim.taskArn())).stoppedWith(StopCode.TerminationNotice);
      assertThat(after).isSteady().hasRunningCount(6);
      assertThat(orders.runningTasks()).noneMatch(t -> t.ec2InstanceId().equals(victim.ec2InstanceId()));
      assertThat(workers.service("log-agent").describe().desiredCount())
          .as("the daemon follows the instances that are left").isEqualTo(2);
    }
  }
}

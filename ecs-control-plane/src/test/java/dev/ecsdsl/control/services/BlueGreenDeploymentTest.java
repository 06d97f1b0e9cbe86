package dev.ecsdsl.control.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsdsl.model.DeploymentLifecycleHook;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.DeploymentLifecycleHookTimeoutAction;
import dev.ecsdsl.model.DeploymentLifecycleHookTimeoutConfiguration;
import dev.ecsdsl.model.ImmutableDeploymentLifecycleHook;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * BLUE_GREEN deployments as ECS runs them (developer guide, "Amazon ECS blue/green service deployments workflow",
 * "Amazon ECS blue/green deployments", "Application Load Balancer resources for blue/green, linear, and canary
 * deployments", "Lifecycle hooks for Amazon ECS service deployments"; docs/DEPLOYMENTS.md §4–§8).
 */
class BlueGreenDeploymentTest {
  private final TrafficShiftShop shop = new TrafficShiftShop();

  /** bg-how: the stages in order; RECONCILE_SERVICE only with more than one ACTIVE revision. */
  @Test
  void aBlueGreenDeploymentGoesThroughEcsLifecycleStagesInOrderAndSucceeds() {
    shop.deployed(TrafficShiftShop.shop(s -> s.blueGreen(5)));
    assertThat(shop.latest().status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);

    shop.update("web:2");
    shop.loop.advance(Duration.ofMinutes(30));

    ServiceDeployment deployment = shop.latest();
    assertThat(shop.stagesEntered()).containsExactly("PRE_SCALE_UP", "SCALE_UP", "POST_SCALE_UP",
        "TEST_TRAFFIC_SHIFT", "POST_TEST_TRAFFIC_SHIFT", "PRE_PRODUCTION_TRAFFIC_SHIFT", "PRODUCTION_TRAFFIC_SHIFT",
        "POST_PRODUCTION_TRAFFIC_SHIFT", "BAKE_TIME", "CLEAN_UP");
    assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(deployment.lifecycleStage()).contains(DeploymentLifecycleStage.CLEAN_UP);
    assertThat(deployment.productionTrafficWeight()).contains(100.0);
    assertThat(deployment.alarmsStatus()).isEqualTo(CircuitBreakerStatus.MONITORING_COMPLETE);
    assertThat(shop.runningRevisions()).containsExactly("web:2", "web:2");
    // alb: green registered with the alternate target group, which now takes all production and test traffic
    assertThat(shop.plane.loadBalancers().describeTargetHealth("green")).hasSize(2);
    assertThat(shop.plane.loadBalancers().forwardWeights(TrafficShiftShop.PRODUCTION_RULE))
        .isEqualTo(Map.of("blue", 0.0, "green", 100.0));
    assertThat(shop.production(50)).isEqualTo(Map.of("blue", 0L, "green", 50L));
  }

  /**
   * bg: green at the full desired count beside blue before any traffic; blue kept at full count through the bake
   * time, scaled in at CLEAN_UP.
   */
  @Test
  void greenRunsAtFullCountBesideBlueUntilTheBakeTimeEnds() {
    shop.deployed(TrafficShiftShop.shop(s -> s.blueGreen(10)));
    shop.update("web:2");
    List<DeploymentLifecycleStage> seen = new ArrayList<>();
    while (shop.latest().lifecycleStage().orElseThrow() != DeploymentLifecycleStage.BAKE_TIME) {
      shop.loop.advance(Duration.ofSeconds(5));
      seen.add(shop.latest().lifecycleStage().orElseThrow());
      if (shop.latest().lifecycleStage().orElseThrow().compareTo(DeploymentLifecycleStage.SCALE_UP) < 0) {
        assertThat(shop.runningRevisions()).containsOnly("web:1");
      }
    }
    assertThat(seen).contains(DeploymentLifecycleStage.SCALE_UP);
    assertThat(shop.runningRevisions()).containsExactly("web:1", "web:1", "web:2", "web:2");
    assertThat(shop.production(100)).isEqualTo(Map.of("blue", 0L, "green", 100L));

    shop.loop.advance(Duration.ofMinutes(9));
    assertThat(shop.latest().lifecycleStage()).contains(DeploymentLifecycleStage.BAKE_TIME);
    assertThat(shop.runningRevisions()).containsExactly("web:1", "web:1", "web:2", "web:2");

    shop.loop.advance(Duration.ofMinutes(5));
    assertThat(shop.latest().status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(shop.runningRevisions()).containsExactly("web:2", "web:2");
  }

  /** api-hook / lambda-hooks: the test listener rule reaches green only, and the hook receives ECS's event. */
  @Test
  void theHookAfterTheTestTrafficShiftReceivesEcsPayloadWhileTestTrafficReachesGreenOnly() {
    shop.deployed(TrafficShiftShop.shop(s -> s.blueGreen(5), DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT));
    List<HookInvocation> calls = new ArrayList<>();
    List<Map<String, Double>> testWeightsDuringHook = new ArrayList<>();
    List<Map<String, Double>> productionWeightsDuringHook = new ArrayList<>();
    shop.plane.serviceDeployments().lifecycleHooks().register(TrafficShiftShop.HOOK, invocation -> {
      calls.add(invocation);
      testWeightsDuringHook.add(shop.plane.loadBalancers().forwardWeights(TrafficShiftShop.TEST_RULE));
      productionWeightsDuringHook.add(shop.plane.loadBalancers().forwardWeights(TrafficShiftShop.PRODUCTION_RULE));
      return HookResponse.succeeded();
    });

    shop.update("web:2");
    shop.loop.advance(Duration.ofMinutes(30));

    ServiceDeployment deployment = shop.latest();
    assertThat(calls).singleElement().satisfies(call -> {
      assertThat(call.lifecycleStage()).isEqualTo(DeploymentLifecycleStage.POST_TEST_TRAFFIC_SHIFT);
      assertThat(call.resourceArn()).isEqualTo(deployment.arn());
      assertThat(call.serviceArn()).isEqualTo(deployment.serviceArn());
      assertThat(call.targetServiceRevisionArn()).isEqualTo(deployment.target().arn());
      assertThat(call.executionId()).matches("[0-9a-f-]{36}");
      // lambda-hooks: both maps are {} at stages other than the traffic shifts
      assertThat(call.testTrafficWeights()).isEmpty();
      assertThat(call.productionTrafficWeights()).isEmpty();
    });
    assertThat(testWeightsDuringHook).containsExactly(Map.of("green", 100.0));
    assertThat(productionWeightsDuringHook.get(0)).containsEntry("blue", 100.0);
    assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
  }

  /** hooks: "Amazon ECS rolls back the deployment to the last successful service revision" on FAILED. */
  @Test
  void aFailedHookRollsBackToBlueAtFullCapacity() {
    shop.deployed(TrafficShiftShop.shop(s -> s.blueGreen(5), DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT));
    shop.plane.serviceDeployments().lifecycleHooks().register(TrafficShiftShop.HOOK,
        LifecycleHookHandler.scripted(HookResponse.inProgress(60), HookResponse.failed()));

    shop.update("web:2");
    shop.loop.advance(Duration.ofMinutes(30));

    ServiceDeployment deployment = shop.latest();
    assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
    assertThat(deployment.lifecycleStage()).contains(DeploymentLifecycleStage.POST_TEST_TRAFFIC_SHIFT);
    assertThat(deployment.rollback()).hasValueSatisfying(r -> {
      assertThat(r.serviceRevisionArn()).isEqualTo(shop.deployments().get(0).target().arn());
      assertThat(r.reason()).contains(TrafficShiftShop.HOOK);
    });
    assertThat(shop.events("lifecycle hook " + TrafficShiftShop.HOOK + " returned IN_PROGRESS")).hasSize(1);
    assertThat(shop.events("deployment failed: lifecycle hook")).hasSize(1);
    assertThat(shop.runningRevisions()).containsExactly("web:1", "web:1");
    assertThat(shop.plane.loadBalancers().forwardWeights(TrafficShiftShop.TEST_RULE)).containsEntry("blue", 100.0);
    assertThat(shop.production(40)).isEqualTo(Map.of("blue", 40L, "green", 0L));
  }

  /** The hook runs again after callBackDelay seconds with the hookDetails it returned. */
  @Test
  void anInProgressHookIsInvokedAgainAfterItsCallBackDelay() {
    shop.deployed(TrafficShiftShop.shop(s -> s.blueGreen(5), DeploymentLifecycleHookStage.POST_SCALE_UP));
    List<java.time.Instant> at = new ArrayList<>();
    shop.plane.serviceDeployments().lifecycleHooks().register(TrafficShiftShop.HOOK, invocation -> {
      at.add(shop.loop.now());
      return invocation.invocation() < 3 ? HookResponse.inProgress(45) : HookResponse.succeeded();
    });

    shop.update("web:2");
    shop.loop.advance(Duration.ofMinutes(30));

    assertThat(at).hasSize(3);
    assertThat(Duration.between(at.get(0), at.get(1))).isEqualTo(Duration.ofSeconds(45));
    assertThat(Duration.between(at.get(1), at.get(2))).isEqualTo(Duration.ofSeconds(45));
    assertThat(shop.latest().status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
  }

  /**
   * api-hook-timeout / lambda-hooks: a hook that keeps answering IN_PROGRESS is invoked again every callBackDelay
   * seconds until timeoutInMinutes; then it is TIMED_OUT and takes its timeout action: ROLLBACK rolls back,
   * CONTINUE moves on to the next stage.
   */
  @Test
  void aHookThatNeverAnswersSucceededTimesOutAndTakesItsTimeoutAction() {
    for (DeploymentLifecycleHookTimeoutAction action : DeploymentLifecycleHookTimeoutAction.values()) {
      TrafficShiftShop shop = new TrafficShiftShop();
      DeploymentLifecycleHook hook = ImmutableDeploymentLifecycleHook.copyOf(DeploymentLifecycleHook.lambda(
          TrafficShiftShop.HOOK, "hook-invoker", DeploymentLifecycleHookStage.POST_SCALE_UP))
          .withTimeoutConfiguration(DeploymentLifecycleHookTimeoutConfiguration.builder().timeoutInMinutes(10)
              .action(action).build());
      shop.deployed(TrafficShiftShop.shop(s -> s.blueGreen(5).lifecycleHook(hook)));
      List<java.time.Instant> at = new ArrayList<>();
      shop.plane.serviceDeployments().lifecycleHooks().register(TrafficShiftShop.HOOK, invocation -> {
        at.add(shop.loop.now());
        return HookResponse.inProgress(60);
      });

      shop.update("web:2");
      shop.loop.advance(Duration.ofMinutes(60));

      assertThat(at).as(action.toString()).hasSize(10);
      assertThat(Duration.between(at.get(0), at.get(9))).isEqualTo(Duration.ofMinutes(9));
      assertThat(shop.events("returned TIMED_OUT at POST_SCALE_UP")).hasSize(1);
      ServiceDeployment deployment = shop.latest();
      if (action == DeploymentLifecycleHookTimeoutAction.ROLLBACK) {
        assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
        assertThat(deployment.failureCause()).contains(FailureCause.HOOK);
        assertThat(deployment.failedAt()).contains(DeploymentLifecycleStage.POST_SCALE_UP);
        assertThat(shop.runningRevisions()).containsExactly("web:1", "web:1");
      } else {
        assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
        assertThat(deployment.stagesEntered()).contains(DeploymentLifecycleStage.TEST_TRAFFIC_SHIFT);
        assertThat(shop.runningRevisions()).containsExactly("web:2", "web:2");
      }
    }
  }

  /**
   * alarms: "Amazon ECS considers the service deployment as failed when any of the alarms move to the ALARM state";
   * bg-how: alarms are watched during the bake time, and a rollback sends production traffic back to blue.
   */
  @Test
  void anAlarmDuringTheBakeTimeRollsBackProductionTrafficToBlue() {
    shop.deployed(TrafficShiftShop.shop(s -> s.blueGreen(20)));
    shop.update("web:2");
    while (shop.latest().lifecycleStage().orElseThrow() != DeploymentLifecycleStage.BAKE_TIME) {
      shop.loop.advance(Duration.ofSeconds(5));
    }
    shop.loop.advance(Duration.ofMinutes(3));
    assertThat(shop.production(10)).isEqualTo(Map.of("blue", 0L, "green", 10L));

    shop.plane.serviceDeployments().alarms().set("green-5xx", AlarmState.ALARM);
    shop.loop.advance(Duration.ofSeconds(1));
    assertThat(shop.latest().rollback()).isPresent();
    assertThat(shop.production(10)).isEqualTo(Map.of("blue", 10L, "green", 0L));
    shop.loop.advance(Duration.ofMinutes(10));

    ServiceDeployment deployment = shop.latest();
    assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
    assertThat(deployment.alarmsStatus()).isEqualTo(CircuitBreakerStatus.TRIGGERED);
    assertThat(deployment.triggeredAlarmNames()).containsExactly("green-5xx");
    assertThat(deployment.productionTrafficWeight()).hasValueSatisfying(w -> assertThat(w).isCloseTo(0.0,
        within(0.0)));
    assertThat(shop.runningRevisions()).containsExactly("web:1", "web:1");
  }

  /** alarms: "If an alarm is in the ALARM state at the beginning of a deployment, ... will not monitor alarms". */
  @Test
  void anAlarmAlreadyInAlarmAtTheStartIsNotWatched() {
    shop.deployed(TrafficShiftShop.shop(s -> s.blueGreen(5)));
    shop.plane.serviceDeployments().alarms().set("green-5xx", AlarmState.ALARM);
    shop.update("web:2");
    shop.loop.advance(Duration.ofMinutes(30));

    assertThat(shop.latest().status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(shop.latest().alarmsStatus()).isEqualTo(CircuitBreakerStatus.DISABLED);
  }

  /** api-dc alarms.rollback false: the deployment fails and stops where it is. */
  @Test
  void withoutRollbackAnAlarmStopsTheDeployment() {
    shop.deployed(TrafficShiftShop.shop(s -> s.blueGreen(20).deploymentAlarms(false, "green-5xx")));
    shop.update("web:2");
    while (shop.latest().lifecycleStage().orElseThrow() != DeploymentLifecycleStage.BAKE_TIME) {
      shop.loop.advance(Duration.ofSeconds(5));
    }
    shop.plane.serviceDeployments().alarms().set("green-5xx", AlarmState.ALARM);
    shop.loop.advance(Duration.ofMinutes(30));

    assertThat(shop.latest().status()).isEqualTo(ServiceDeploymentStatus.STOPPED);
    assertThat(shop.latest().stoppedAt()).isPresent();
    assertThat(shop.latest().statusReason()).contains("ECS deployment alarm: green-5xx is in ALARM.");
  }

  /** failure (A15): the circuit breaker counts green's tasks that fail to start, and rolls back. */
  @Test
  void theCircuitBreakerRollsBackAGreenRevisionWhoseTasksFail() {
    shop.agent.failing.add("web:2");
    shop.deployed(TrafficShiftShop.shop(s -> s.blueGreen(5).circuitBreaker(true)));
    shop.update("web:2");
    shop.loop.advance(Duration.ofMinutes(30));

    ServiceDeployment deployment = shop.latest();
    assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
    assertThat(deployment.circuitBreakerStatus()).isEqualTo(CircuitBreakerStatus.TRIGGERED);
    assertThat(deployment.lifecycleStage()).contains(DeploymentLifecycleStage.SCALE_UP);
    assertThat(shop.runningRevisions()).containsExactly("web:1", "web:1");
    assertThat(shop.production(10)).isEqualTo(Map.of("blue", 10L, "green", 0L));
  }

  /**
   * bg-impl / deploy-bg: a service without a load balancer "can still use blue/green deployments for controlled
   * rollouts, but Amazon ECS doesn't manage the traffic shift automatically": the same stages, green beside blue
   * through the bake time, no traffic weight to set (docs/DEPLOYMENTS.md §5.3).
   */
  @Test
  void aHeadlessServiceGoesThroughTheStagesWithGreenBesideBlueAndNoTrafficWeights() {
    shop.deployed(dev.ecsdsl.Ecs.environment("headless")
        .role("ecsTaskExecutionRole", r -> r.trustedBy(dev.ecsdsl.model.IamRole.ECS_TASKS))
        .cluster("prod", c -> c.fargateCapacityProviders())
        .taskDefinition("web", d -> d.fargate().cpu("256").memory("512").executionRole("ecsTaskExecutionRole")
            .container("app", c -> c.image("web:1").port(80)))
        .taskDefinition("web", d -> d.fargate().cpu("256").memory("512").executionRole("ecsTaskExecutionRole")
            .container("app", c -> c.image("web:2").port(80)))
        .service("web", s -> s.cluster("prod").taskDefinition("web:1").desiredCount(2).fargate()
            .subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b").securityGroups("default")
            .blueGreen(5))
        .build());

    shop.update("web:2");
    while (shop.latest().lifecycleStage().orElseThrow() != DeploymentLifecycleStage.BAKE_TIME) {
      shop.loop.advance(Duration.ofSeconds(5));
    }
    assertThat(shop.runningRevisions()).containsExactly("web:1", "web:1", "web:2", "web:2");
    shop.loop.advance(Duration.ofMinutes(10));

    ServiceDeployment deployment = shop.latest();
    assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(shop.stagesEntered()).contains("SCALE_UP", "PRODUCTION_TRAFFIC_SHIFT", "BAKE_TIME", "CLEAN_UP");
    assertThat(deployment.productionTrafficWeight()).isEmpty();
    assertThat(deployment.testTrafficWeight()).isEmpty();
    assertThat(shop.events("shifted")).isEmpty();
    assertThat(shop.runningRevisions()).containsExactly("web:2", "web:2");
  }
}

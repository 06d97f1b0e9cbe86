package dev.ecsdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.control.services.DeploymentLifecycleStage;
import dev.ecsdsl.control.services.HookInvocation;
import dev.ecsdsl.control.services.HookResponse;
import dev.ecsdsl.control.services.ServiceDeployment;
import dev.ecsdsl.control.services.ServiceDeploymentStatus;
import dev.ecsdsl.docker.DockerEcs;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.TargetHealthState;
import dev.ecsdsl.runtime.waiters.Condition;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link TrafficShiftDeploymentsTest}'s blue/green deployment with real containers (runs in the build's Docker
 * execution, {@code -Decs.runtime=docker}): v1 and v2 are the project's busybox answering their version with httpd,
 * the shop's ALB is a real local proxy, and the smoke-test hook — a Java handler that on Docker runs beside the
 * control plane, as a Lambda function does — counts real answers through the test listener and the production
 * listener at each stage. The test listener reaches green only; production moves from blue to green in one step
 * (developer guide, "Amazon ECS blue/green deployments"); when the smoke test fails, every request is back on blue
 * ("Amazon ECS blue/green service deployments workflow": rollback).
 */
@EcsTest(seed = 15)
class BlueGreenOnDockerTest {
  private static final String SMOKE_TEST = "arn:aws:lambda:us-east-1:123456789012:function:smoke-test";
  private static final Duration PATIENCE = Duration.ofMinutes(6);
  private static final int REQUESTS = 50;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static Environment shop(String image) {
    var builder = StorefrontNetwork.vpc(80)
        .role("ecs-infrastructure", r -> r.trustedBy(IamRole.ECS))
        .role("hook-invoker", r -> r.trustedBy(IamRole.ECS).allow("lambda:InvokeFunction", SMOKE_TEST))
        .loadBalancer("shop-alb", lb -> lb.application().subnets("subnet-a", "subnet-b").securityGroups("sg-alb")
            .listener(80, l -> l.forwardTo("web-blue").pathRule(10, "/*", "web-blue"))
            .listener(8080, l -> l.forwardTo("web-green")))
        .cluster("prod", c -> c.fargateCapacityProviders());
    for (String group : List.of("web-blue", "web-green")) {
      builder.targetGroup(group, tg -> tg.ip().port(8080).deregistrationDelay(3).healthCheck(h -> h.path("/health")
          .intervalSeconds(6).timeoutSeconds(5).healthyThresholdCount(2).unhealthyThresholdCount(2)));
    }
    for (String version : List.of("v1", "v2")) {
      builder.taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
          .container("app", a -> a.image(image).memory(64).port(8080).command("sh", "-c", "mkdir -p /www && echo "
              + version + " > /www/index.html && echo ok > /www/health && trap 'exit 0' TERM; httpd -f -p 8080 -h /www"
              + " & wait")));
    }
    return builder.service("web", s -> s.cluster("prod").taskDefinition("web:1").desiredCount(2).fargate()
            .subnets("subnet-a", "subnet-b").securityGroups("sg-web")
            .loadBalancer("web-blue", "app", 8080, a -> a.alternateTargetGroupArn("web-green")
                .productionListenerRule("shop-alb:80:10").testListenerRule("shop-alb:8080")
                .roleArn("ecs-infrastructure"))
            .lifecycleHook(SMOKE_TEST, "hook-invoker", DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT,
                DeploymentLifecycleHookStage.PRODUCTION_TRAFFIC_SHIFT)
            .blueGreen(0))
        .build();
  }

  @Test
  void productionMovesToGreenInOneStepAfterTheTestListenerReachedGreenOnly(DockerEcs ecs) {
    Map<DeploymentLifecycleStage, Answers> seen = smokeTest(ecs, invocation -> HookResponse.succeeded());

    ServiceDeployment deployment = deployV2(ecs);

    assertThat(finalStatus(ecs, deployment)).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    Answers tested = seen.get(DeploymentLifecycleStage.POST_TEST_TRAFFIC_SHIFT);
    assertThat(tested.test()).as("the test listener: green only").containsExactly(Map.entry("v2", REQUESTS));
    assertThat(tested.production()).as("production, still blue").containsExactly(Map.entry("v1", REQUESTS));
    assertThat(seen.get(DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT).production())
        .as("production after its one step").containsExactly(Map.entry("v2", REQUESTS));
    assertThat(ecs.forwardWeights("shop-alb:80:10")).containsEntry("web-green", 100.0)
        .containsEntry("web-blue", 0.0);
    assertThat(web(ecs).taskDefinition()).endsWith("web:2");
  }

  @Test
  void aSmokeTestThatFailsSendsEveryRealRequestBackToBlue(DockerEcs ecs) {
    Map<DeploymentLifecycleStage, Answers> seen = smokeTest(ecs, invocation -> HookResponse.failed());

    ServiceDeployment deployment = deployV2(ecs);

    assertThat(finalStatus(ecs, deployment)).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
    assertThat(seen.get(DeploymentLifecycleStage.POST_TEST_TRAFFIC_SHIFT).test()).as("what the smoke test saw")
        .containsExactly(Map.entry("v2", REQUESTS));
    assertThat(seen).as("production never shifted").doesNotContainKey(DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT);
    assertThat(answers(ecs, 80)).as("production after the rollback").containsExactly(Map.entry("v1", REQUESTS));
    assertThat(answers(ecs, 8080)).as("the test listener, back on blue too")
        .containsExactly(Map.entry("v1", REQUESTS));
    ServiceDeployment rolledBack = ecs.serviceDeployments().find(deployment.arn()).orElseThrow();
    assertThat(rolledBack.lifecycleStage()).contains(DeploymentLifecycleStage.POST_TEST_TRAFFIC_SHIFT);
    assertThat(rolledBack.rollback()).isPresent();
    ServiceDescription web = web(ecs);
    assertThat(web.taskDefinition()).endsWith("web:1");
    assertThat(web.runningCount()).isEqualTo(2);
  }

  /** What the smoke test counted at one stage: answers by version through each listener. */
  record Answers(Map<String, Integer> production, Map<String, Integer> test) {}

  /**
   * Deploys the shop with v1 steady behind blue, and registers the smoke test: it counts real answers through both
   * listeners, then answers as {@code verdict} says.
   */
  private Map<DeploymentLifecycleStage, Answers> smokeTest(DockerEcs ecs,
      Function<HookInvocation, HookResponse> verdict) {
    ecs.deploy(shop(TestImages.busybox(ecs.docker())));
    ecs.await("2 HEALTHY targets in web-blue", r -> r.elb().describeTargetHealth(t -> t.targetGroupArn("web-blue"))
        .targetHealthDescriptions().stream().filter(t -> t.state() == TargetHealthState.HEALTHY).count() == 2)
        .atMost(PATIENCE);
    Map<DeploymentLifecycleStage, Answers> seen = new ConcurrentHashMap<>();
    ecs.serviceDeployments().lifecycleHooks().register(SMOKE_TEST, invocation -> {
      seen.put(invocation.lifecycleStage(), new Answers(answers(ecs, 80), answers(ecs, 8080)));
      return verdict.apply(invocation);
    });
    return seen;
  }

  private static ServiceDeployment deployV2(DockerEcs ecs) {
    ecs.ecs().updateService(r -> r.cluster("prod").service("web").taskDefinition("web:2"));
    return ecs.serviceDeployments().list("prod", "web", List.of(), Optional.empty(), Optional.empty()).get(0);
  }

  private static ServiceDescription web(DockerEcs ecs) {
    return ecs.ecs().describeServices(r -> r.cluster("prod").services("web")).service();
  }

  /** Waits for the deployment to end, reading its status through the runtime (it changes on the control plane). */
  private static ServiceDeploymentStatus finalStatus(DockerEcs ecs, ServiceDeployment deployment) {
    ecs.await(Condition.of("service deployment " + deployment.arn() + " to be over",
        r -> status(ecs, deployment).isOver(), r -> r.events().timeline())).atMost(PATIENCE);
    return status(ecs, deployment);
  }

  private static ServiceDeploymentStatus status(DockerEcs ecs, ServiceDeployment deployment) {
    return ecs.serviceDeployments().find(deployment.arn()).orElseThrow().status();
  }

  /** {@value #REQUESTS} real requests to a listener of the shop's ALB, counted by answer (version, or status). */
  private Map<String, Integer> answers(DockerEcs ecs, int port) {
    InetSocketAddress proxy = ecs.endpoint("shop-alb", port);
    URI uri = URI.create("http://" + proxy.getHostString() + ":" + proxy.getPort() + "/");
    Map<String, Integer> answers = new TreeMap<>();
    for (int i = 0; i < REQUESTS; i++) {
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
        answers.merge(response.statusCode() == 200 ? response.body().strip() : "HTTP " + response.statusCode(), 1,
            Integer::sum);
      } catch (IOException e) {
        answers.merge(e.getClass().getSimpleName(), 1, Integer::sum);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return answers;
  }
}

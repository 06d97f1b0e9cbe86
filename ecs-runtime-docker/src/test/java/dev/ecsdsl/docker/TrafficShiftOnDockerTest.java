package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.control.services.DeploymentLifecycleStage;
import dev.ecsdsl.control.services.HookInvocation;
import dev.ecsdsl.control.services.HookResponse;
import dev.ecsdsl.control.services.ServiceDeployment;
import dev.ecsdsl.control.services.ServiceDeploymentStatus;
import dev.ecsdsl.dsl.ServiceBuilder;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.ElbProtocol;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.TargetGroupTuple;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.TargetHealth;
import dev.ecsdsl.runtime.TargetHealthState;
import dev.ecsdsl.runtime.waiters.Condition;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * BLUE_GREEN, LINEAR and CANARY deployments with real containers: the local ALB proxy sends each request by the
 * production listener rule's forward weights as the deployment shifts them (Elastic Load Balancing, Application
 * Load Balancers guide, "Listener rules", forward actions to weighted target groups), the test listener reaches
 * green only, and a lifecycle hook's handler — which on Docker runs off the control plane's thread — measures the
 * split with real requests at every step (developer guide, "Amazon ECS linear deployments", "Amazon ECS canary
 * deployments", "Lifecycle hooks for Amazon ECS service deployments").
 */
@RequiresDocker
class TrafficShiftOnDockerTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private static final String CLUSTER = "shift";
  private static final String PROBE = "arn:aws:lambda:us-east-1:123456789012:function:probe";
  private static final Duration PATIENCE = Duration.ofMinutes(5);
  private static final int REQUESTS = 200;

  /** Serves {@code <version>} at / and "ok" at /health, until SIGTERM. */
  private static String serve(String version) {
    return "mkdir -p /www/weighted /www/zero && for d in /www /www/weighted /www/zero; do echo " + version
        + " > $d/index.html; done && echo ok > /www/health"
        + " && trap 'exit 0' TERM; httpd -f -p 8080 -h /www & wait";
  }

  static Environment shop(Consumer<ServiceBuilder> strategy) {
    var builder = DockerTesting.webVpc("shift")
        .role("ecs-infrastructure", r -> r.trustedBy(IamRole.ECS))
        .role("hook-invoker", r -> r.trustedBy(IamRole.ECS).allow("lambda:InvokeFunction", PROBE))
        .loadBalancer("alb", lb -> lb.application().subnets("subnet-a", "subnet-b").securityGroups("sg-lb")
            .listener(80, l -> l.forwardTo("blue").pathRule(10, "/*", "blue")
                .weightedPathRule(4, "/weighted/*", TargetGroupTuple.of("blue", 3), TargetGroupTuple.of("green", 1))
                .weightedPathRule(5, "/zero/*", TargetGroupTuple.of("blue", 1), TargetGroupTuple.of("green", 0)))
            .listener(8080, l -> l.forwardTo("green")))
        .cluster(CLUSTER, c -> c.fargateCapacityProviders());
    for (String group : List.of("blue", "green")) {
      builder.targetGroup(group, tg -> tg.ip().port(8080).deregistrationDelay(2).healthCheck(h -> h.path("/health")
          .intervalSeconds(5).timeoutSeconds(4).healthyThresholdCount(2).unhealthyThresholdCount(2)));
    }
    for (String version : List.of("v1", "v2")) {
      builder.taskDefinition("web", td -> td.fargate().cpu(256).memory(512)
          .container("app", a -> a.image(ENGINE.busybox()).memory(64).port(8080).command("sh", "-c", serve(version))));
    }
    return builder.service("web", s -> {
      s.cluster(CLUSTER).taskDefinition("web:1").desiredCount(2).fargate()
          .subnets("subnet-a", "subnet-b").securityGroups("sg-web")
          .loadBalancer("blue", "app", 8080, a -> a.alternateTargetGroupArn("green")
              .productionListenerRule("alb:80:10").testListenerRule("alb:8080").roleArn("ecs-infrastructure"))
          .lifecycleHook(PROBE, "hook-invoker", DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT,
              DeploymentLifecycleHookStage.PRODUCTION_TRAFFIC_SHIFT);
      strategy.accept(s);
    }).build();
  }

  /** What the probe measured at one invocation: green's share then, and the answers by version. */
  record Step(DeploymentLifecycleStage stage, double greenPercent, Map<String, Integer> production,
      Map<String, Integer> test) {}

  @Test
  void aLinearDeploymentShiftsRealRequestsStepByStepAndCompletes() throws Exception {
    DockerEcs ecs = steady(s -> s.linear(25.0, 0, 0));
    List<Step> steps = probeAt(ecs);

    ServiceDeployment deployment = deployV2(ecs);

    assertThat(over(ecs, deployment)).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(steps).extracting(Step::stage).containsExactly(DeploymentLifecycleStage.POST_TEST_TRAFFIC_SHIFT,
        DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT, DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT,
        DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT, DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT);
    assertThat(steps).extracting(Step::greenPercent).containsExactly(0.0, 25.0, 50.0, 75.0, 100.0);
    assertThat(steps.get(0).test()).as("the test listener reaches green only").containsOnlyKeys("v2");
    assertThat(steps.get(0).production()).as("production before the shift").containsOnlyKeys("v1");
    for (Step step : steps.subList(1, steps.size())) {
      assertSplit(step);
    }
    assertThat(ecs.forwardWeights("alb:80:10")).containsEntry("green", 100.0).containsEntry("blue", 0.0);
    assertThat(answers(ecs, 80, "/", REQUESTS)).containsOnlyKeys("v2");
  }

  @Test
  void aCanaryShiftsItsPercentThenTheRestAndListsAsInMemory() throws Exception {
    DockerEcs ecs = steady(s -> s.canary(20.0, 0, 0));
    List<Step> steps = probeAt(ecs);

    ServiceDeployment deployment = deployV2(ecs);

    assertThat(over(ecs, deployment)).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(steps).extracting(Step::greenPercent).containsExactly(0.0, 20.0, 100.0);
    steps.subList(1, steps.size()).forEach(TrafficShiftOnDockerTest::assertSplit);
    List<ServiceDeployment> listed = ecs.serviceDeployments().list(CLUSTER, "web", List.of(), Optional.empty(),
        Optional.empty());
    assertThat(listed).hasSize(2).first().extracting(ServiceDeployment::arn).isEqualTo(deployment.arn());
    ServiceDeployment found = ecs.serviceDeployments().find(deployment.arn()).orElseThrow();
    assertThat(found.lifecycleStage()).contains(DeploymentLifecycleStage.CLEAN_UP);
    assertThat(found.productionTrafficWeight()).contains(100.0);
    assertThat(ecs.serviceDeployments().counts(found.target()).runningTaskCount()).isEqualTo(2);
    ServiceDescription web = ecs.ecs().describeServices(r -> r.cluster(CLUSTER).services("web")).service();
    assertThat(web.taskDefinition()).endsWith("web:2");
    assertThat(web.runningCount()).isEqualTo(2);
  }

  @Test
  void aRuleThatForwardsToWeightedTargetGroupsSplitsRealRequestsByTheWeights() throws Exception {
    DockerEcs ecs = steady(s -> s.blueGreen(0));
    // blue's two v1 tasks serve; green has no target yet, so what the rule sends there finds none (ELB's 503)
    Map<String, Integer> weighted = answers(ecs, 80, "/weighted/", 400);
    Map<String, Integer> zero = answers(ecs, 80, "/zero/", 100);

    assertThat(weighted).containsOnlyKeys("v1", "503");
    assertThat(weighted.get("v1")).as("3 of every 4 requests to blue: %s", weighted).isBetween(260, 340);
    assertThat(zero).as("a target group of weight 0 gets nothing").containsExactly(Map.entry("v1", 100));
  }

  /**
   * A network load balancer's listener as the production "rule" (developer guide, "Network Load Balancer resources for
   * blue/green, linear, and canary deployments"): the local TCP proxy sends each connection by the listener's
   * weights, and the test listener reaches green only.
   */
  @Test
  void aBlueGreenDeploymentBehindAnNlbMovesRealConnections() throws Exception {
    var builder = DockerTesting.webVpc("shift-nlb")
        .role("ecs-infrastructure", r -> r.trustedBy(IamRole.ECS))
        .role("hook-invoker", r -> r.trustedBy(IamRole.ECS).allow("lambda:InvokeFunction", PROBE))
        .loadBalancer("nlb", lb -> lb.network().subnets("subnet-a", "subnet-b").securityGroups("sg-lb")
            .listener(80, l -> l.protocol(ElbProtocol.TCP).forwardTo("blue"))
            .listener(8080, l -> l.protocol(ElbProtocol.TCP).forwardTo("green")))
        .cluster(CLUSTER, c -> c.fargateCapacityProviders());
    for (String group : List.of("blue", "green")) {
      builder.targetGroup(group, tg -> tg.ip().protocol(ElbProtocol.TCP).port(8080).deregistrationDelay(2)
          .healthCheck(h -> h.intervalSeconds(5).timeoutSeconds(4).healthyThresholdCount(2)
              .unhealthyThresholdCount(2)));
    }
    for (String version : List.of("v1", "v2")) {
      builder.taskDefinition("web", td -> td.fargate().cpu(256).memory(512)
          .container("app", a -> a.image(ENGINE.busybox()).memory(64).port(8080).command("sh", "-c", serve(version))));
    }
    Environment nlb = builder.service("web", s -> s.cluster(CLUSTER).taskDefinition("web:1").desiredCount(2).fargate()
        .subnets("subnet-a", "subnet-b").securityGroups("sg-web")
        .loadBalancer("blue", "app", 8080, a -> a.alternateTargetGroupArn("green")
            .productionListenerRule("nlb:80").testListenerRule("nlb:8080").roleArn("ecs-infrastructure"))
        .lifecycleHook(PROBE, "hook-invoker", DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT,
            DeploymentLifecycleHookStage.PRODUCTION_TRAFFIC_SHIFT)
        .blueGreen(0)).build();
    DockerEcs ecs = ENGINE.runtime(16, nlb);
    awaitTwoHealthyBlueTargets(ecs);
    List<Step> steps = new CopyOnWriteArrayList<>();
    ecs.serviceDeployments().lifecycleHooks().register(PROBE, invocation -> {
      try {
        steps.add(new Step(invocation.lifecycleStage(), greenPercent(invocation),
            answers(ecs.endpoint("nlb", 80), "/", 20), answers(ecs.endpoint("nlb", 8080), "/", 20)));
        return HookResponse.succeeded();
      } catch (IOException e) {
        return HookResponse.failed();
      }
    });

    ServiceDeployment deployment = deployV2(ecs);

    assertThat(over(ecs, deployment)).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(steps).extracting(Step::greenPercent).containsExactly(0.0, 100.0);
    assertThat(steps.get(0).production()).as("production before the shift").containsExactly(Map.entry("v1", 20));
    assertThat(steps.get(0).test()).as("the test listener").containsExactly(Map.entry("v2", 20));
    assertThat(steps.get(1).production()).as("production after the shift").containsExactly(Map.entry("v2", 20));
  }

  private DockerEcs steady(Consumer<ServiceBuilder> strategy) {
    DockerEcs ecs = ENGINE.runtime(15, shop(strategy));
    awaitTwoHealthyBlueTargets(ecs);
    return ecs;
  }

  private static void awaitTwoHealthyBlueTargets(DockerEcs ecs) {
    ecs.await(Condition.of("two healthy blue targets", r -> blueTargets(r).stream()
        .filter(t -> t.state() == TargetHealthState.HEALTHY).count() == 2, r -> blueTargets(r).toString()))
        .atMost(PATIENCE);
  }

  private static List<TargetHealth> blueTargets(EcsRuntime runtime) {
    return runtime.elb().describeTargetHealth(r -> r.targetGroupArn("blue")).targetHealthDescriptions();
  }

  /** Registers the probe: at each invocation it sends real requests through both listeners and records them. */
  private static List<Step> probeAt(DockerEcs ecs) {
    List<Step> steps = new CopyOnWriteArrayList<>();
    ecs.serviceDeployments().lifecycleHooks().register(PROBE, invocation -> {
      try {
        steps.add(new Step(invocation.lifecycleStage(), greenPercent(invocation), answers(ecs, 80, "/", REQUESTS),
            answers(ecs, 8080, "/", 20)));
        return HookResponse.succeeded();
      } catch (IOException e) {
        return HookResponse.failed();
      }
    });
    return steps;
  }

  private static double greenPercent(HookInvocation invocation) {
    return invocation.productionTrafficWeights().getOrDefault(invocation.targetServiceRevisionArn(), 0.0);
  }

  private static ServiceDeployment deployV2(DockerEcs ecs) {
    ecs.ecs().updateService(dev.ecsdsl.runtime.UpdateServiceRequest.builder().cluster(CLUSTER).service("web")
        .taskDefinition("web:2").build());
    return ecs.serviceDeployments().list(CLUSTER, "web", List.of(), Optional.empty(), Optional.empty()).get(0);
  }

  /** Waits for the deployment to end; reads its status on the control plane's thread. */
  private static ServiceDeploymentStatus over(DockerEcs ecs, ServiceDeployment deployment) {
    ecs.await(Condition.of("the deployment ended", r -> status(ecs, deployment).isOver(), r -> r.events().timeline()))
        .atMost(PATIENCE);
    return status(ecs, deployment);
  }

  private static ServiceDeploymentStatus status(DockerEcs ecs, ServiceDeployment deployment) {
    return ecs.serviceDeployments().find(deployment.arn()).orElseThrow().status();
  }

  /**
   * Green's share of the step's real answers is its weight within five standard deviations of the binomial split
   * (each request picks its target group by the weights from the run's seeded stream).
   */
  private static void assertSplit(Step step) {
    int green = step.production().getOrDefault("v2", 0);
    int blue = step.production().getOrDefault("v1", 0);
    double p = step.greenPercent() / 100.0;
    double spread = 5 * Math.sqrt(REQUESTS * p * (1 - p));
    assertThat(green + blue).as("every request answered at %s %%: %s", step.greenPercent(), step.production())
        .isEqualTo(REQUESTS);
    assertThat((double) green).as("green's answers at %s %%", step.greenPercent())
        .isBetween(REQUESTS * p - spread, REQUESTS * p + spread);
  }

  /** {@code count} requests to a listener through the local proxy, counted by answer (the version, or the status). */
  static Map<String, Integer> answers(DockerEcs ecs, int port, String path, int count) throws IOException {
    return answers(ecs.endpoint("alb", port), path, count);
  }

  /** {@code count} HTTP requests to a proxy, counted by answer (the version, or the status). */
  static Map<String, Integer> answers(InetSocketAddress address, String path, int count) throws IOException {
    URI uri = URI.create("http://" + address.getHostString() + ":" + address.getPort() + path);
    Map<String, Integer> answers = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout(10_000);
      connection.setReadTimeout(30_000);
      try {
        int status = connection.getResponseCode();
        String answer = Integer.toString(status);
        if (status == 200) {
          try (InputStream in = connection.getInputStream()) {
            answer = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
          }
        }
        answers.merge(answer, 1, Integer::sum);
      } finally {
        connection.disconnect();
      }
    }
    return answers;
  }
}

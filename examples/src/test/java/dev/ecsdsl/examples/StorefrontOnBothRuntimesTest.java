package dev.ecsdsl.examples;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;

import dev.ecsdsl.docker.DockerEcs;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.junit.Service;
import dev.ecsdsl.junit.ServiceHandle;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.RequestResult;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The storefront's realistic service on either runtime from the same test code (in memory by default,
 * real containers behind a real local ALB with {@code -Decs.runtime=docker}): three Fargate tasks behind
 * an ALB take requests round-robin, v2 rolls out without a failed request, and a killed container's task
 * is replaced. On Docker each task is the project's busybox serving {@code <version>} with httpd.
 */
@EcsTest(seed = 17)
class StorefrontOnBothRuntimesTest {
  private static final Duration PATIENCE = Duration.ofMinutes(3);
  EcsRuntime ecs;

  static Environment storefront(String image) {
    var builder = StorefrontNetwork.vpc(80)
        .loadBalancer("alb", lb -> lb.application().subnets("subnet-a", "subnet-b").securityGroups("sg-alb")
            .listener(80, l -> l.forwardTo("web")))
        .targetGroup("web", tg -> tg.ip().port(8080).deregistrationDelay(3).healthCheck(h -> h.path("/health")
            .intervalSeconds(6).timeoutSeconds(5).healthyThresholdCount(2).unhealthyThresholdCount(2)))
        .cluster("prod", c -> c.fargateCapacityProviders());
    for (String version : List.of("v1", "v2")) {
      builder.taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
          .container("app", a -> a.image(image.isEmpty() ? "shop/web:" + version : image).memory(64).port(8080)
              .command("sh", "-c", "mkdir -p /www && echo " + version + " > /www/index.html && echo ok > /www/health"
                  + " && trap 'exit 0' TERM; httpd -f -p 8080 -h /www & wait")));
    }
    return builder.service("web", s -> s.cluster("prod").taskDefinition("web:1").desiredCount(3).fargate()
            .subnets("subnet-a", "subnet-b").securityGroups("sg-web").loadBalancer("web", "app", 8080)
            .healthCheckGracePeriod(30).deployment(100, 200))
        .build();
  }

  @BeforeEach
  void deploy() {
    ecs.deploy(storefront(ecs instanceof DockerEcs docker ? TestImages.busybox(docker.docker()) : ""));
  }

  @Test
  void requestsGoRoundRobinOverTheThreeTasks(@Service("web") ServiceHandle web) throws Exception {
    web.awaitSteady(PATIENCE);
    ecs.await("3 healthy targets in web", r -> r.elb().describeTargetHealth(t -> t.targetGroupArn("web"))
        .targetHealthDescriptions().stream().filter(t -> t.isHealthy()).count() == 3).atMost(PATIENCE);

    RequestResult result = requests(ecs, 30);

    assertThat(result.failed()).isZero();
    assertThat(result.perTarget()).hasSize(3).allSatisfy((target, count) -> assertThat(count).isEqualTo(10));
    if (ecs instanceof DockerEcs docker) {
      URI alb = URI.create("http://" + docker.endpoint("alb", 80).getHostString() + ":"
          + docker.endpoint("alb", 80).getPort() + "/");
      HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(alb).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.body().strip()).as("a real request through the local ALB").isEqualTo("v1");
    }
  }

  @Test
  void v2RollsOutWithoutAFailedRequest(@Service("web") ServiceHandle web) {
    web.awaitSteady(PATIENCE);

    web.deploy("web:2");
    List<String> failed = new ArrayList<>();
    ecs.await("web steady on web:2 under requests", r -> {
      RequestResult result = requests(r, 5);
      if (result.failed() > 0) {
        failed.add(r.clock().now() + ": " + result.failed());
      }
      return r.ecs().describeServices(d -> d.cluster("prod").services("web")).service().isSteady();
    }).atMost(PATIENCE);

    assertThat(web).isSteady().runsTaskDefinition("web:2").hasRunningCount(3);
    assertThat(failed).isEmpty();
  }

  @Test
  void aKilledContainersTaskIsReplaced(@Service("web") ServiceHandle web) {
    web.awaitSteady(PATIENCE);
    Task victim = web.runningTasks().get(0);

    ecs.faults().killContainer(r -> r.cluster("prod").task(victim.taskArn()).container("app"));
    ecs.await("the victim task STOPPED", r -> task(r, victim.taskArn()).lastStatus() == TaskStatus.STOPPED)
        .atMost(PATIENCE);
    web.awaitSteady(PATIENCE);

    assertThat(task(ecs, victim.taskArn())).isStopped().stoppedWith(StopCode.EssentialContainerExited)
        .container("app").hasExitCode(137);
    assertThat(web).isSteady().hasRunningCount(3);
    assertThat(web.runningTasks()).extracting(Task::taskArn).doesNotContain(victim.taskArn());
  }

  private static RequestResult requests(EcsRuntime runtime, int count) {
    return runtime.elb().sendRequests(r -> r.loadBalancer("alb").listenerPort(80).host("shop.example.com").path("/")
        .count(count));
  }

  private static Task task(EcsRuntime runtime, String taskArn) {
    return runtime.ecs().describeTasks(r -> r.cluster("prod").tasks(taskArn)).task();
  }
}

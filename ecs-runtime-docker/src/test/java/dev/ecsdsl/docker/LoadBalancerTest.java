package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.model.ElbProtocol;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.TargetHealth;
import dev.ecsdsl.runtime.TargetHealthState;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Condition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Load balancers on Docker: a service of busybox httpd tasks behind an ALB (and an NLB), reached through
 * the local proxies with real HTTP; targets become healthy by real health checks; a rolling deployment
 * loses no request.
 */
@RequiresDocker
class LoadBalancerTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private static final String CLUSTER = "elb";
  private static final Duration PATIENCE = Duration.ofSeconds(180);
  private DockerEcs ecs;

  /** Serves {@code <version> <hostname>} at / and api/, "ok" at /health, until SIGTERM. */
  private static String serve(String version) {
    return "mkdir -p /www/api && echo \"" + version + " $(hostname)\" > /www/index.html"
        + " && echo \"api $(hostname)\" > /www/api/index.html && echo ok > /www/health"
        + " && trap 'exit 0' TERM; httpd -f -p 8080 -h /www & wait";
  }

  private static Environment environment() {
    var builder = DockerTesting.webVpc("elb")
        .loadBalancer("alb", lb -> lb.application().subnets("subnet-a", "subnet-b").securityGroups("sg-lb")
            .listener(80, l -> l.forwardTo("web").pathRule(10, "/api/*", "api")))
        .loadBalancer("nlb", lb -> lb.network().subnets("subnet-a", "subnet-b").securityGroups("sg-lb")
            .listener(8080, l -> l.protocol(ElbProtocol.TCP).forwardTo("web-tcp")))
        .targetGroup("web", tg -> tg.ip().port(8080).deregistrationDelay(3).healthCheck(h -> h.path("/health")
            .intervalSeconds(6).timeoutSeconds(5).healthyThresholdCount(2).unhealthyThresholdCount(2)))
        .targetGroup("api", tg -> tg.ip().port(8080).deregistrationDelay(3).healthCheck(h -> h.path("/health")
            .intervalSeconds(6).timeoutSeconds(5).healthyThresholdCount(2).unhealthyThresholdCount(2)))
        .targetGroup("web-tcp", tg -> tg.ip().protocol(ElbProtocol.TCP).port(8080).deregistrationDelay(3)
            .healthCheck(h -> h.intervalSeconds(6).timeoutSeconds(5).healthyThresholdCount(2)
                .unhealthyThresholdCount(2)))
        .cluster(CLUSTER, c -> c.fargateCapacityProviders());
    for (String version : List.of("v1", "v2")) {
      builder.taskDefinition("web", td -> td.fargate().cpu(256).memory(512)
          .container("app", a -> a.image(ENGINE.busybox()).memory(64).port(8080).command("sh", "-c", serve(version))));
    }
    return builder
        .taskDefinition("api", td -> td.fargate().cpu(256).memory(512)
            .container("app", a -> a.image(ENGINE.busybox()).memory(64).port(8080).command("sh", "-c", serve("api"))))
        .service("web", s -> s.cluster(CLUSTER).taskDefinition("web:1").desiredCount(3).fargate()
            .subnets("subnet-a", "subnet-b").securityGroups("sg-web").loadBalancer("web", "app", 8080)
            .loadBalancer("web-tcp", "app", 8080).deployment(100, 200))
        .service("api", s -> s.cluster(CLUSTER).taskDefinition("api").desiredCount(1).fargate()
            .subnets("subnet-a").securityGroups("sg-web").loadBalancer("api", "app", 8080))
        .build();
  }

  @BeforeEach
  void start() {
    ecs = ENGINE.runtime(5, environment());
  }

  @Test
  void requestsThroughTheAlbGoRoundRobinOverTheHealthyTasksAndFollowThePathRule() throws Exception {
    awaitHealthy("web", 3);
    awaitHealthy("api", 1);
    URI alb = uri(ecs.endpoint("alb", 80));

    Map<String, Integer> served = new TreeMap<>();
    for (int i = 0; i < 30; i++) {
      served.merge(get(alb.resolve("/")).body(), 1, Integer::sum);
    }
    Response api = get(alb.resolve("/api/"));

    Set<String> tasks = hostnames("web").stream().map(h -> "v1 " + h).collect(Collectors.toSet());
    assertThat(served).as("responses by task").hasSize(3).containsOnlyKeys(tasks).allSatisfy((task, count) ->
        assertThat(count).isEqualTo(10));
    assertThat(api.status()).isEqualTo(200);
    assertThat(api.body()).isEqualTo("api " + hostnames("api").get(0));
    assertThat(targets(ecs, "web")).extracting(TargetHealth::requestCount)
        .as("the requests the control plane counted").containsOnly(10L);
  }

  @Test
  void anNlbListenerCarriesTcpToTheTasks() throws Exception {
    awaitHealthy("web-tcp", 3);
    InetSocketAddress nlb = ecs.endpoint("nlb", 8080);

    Set<String> bodies = new java.util.HashSet<>();
    for (int i = 0; i < 3; i++) {
      try (Socket socket = new Socket()) {
        socket.connect(nlb, 5_000);
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write("GET / HTTP/1.0\r\nHost: nlb\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(response).startsWith("HTTP/1.1 200 OK");
        bodies.add(response.substring(response.indexOf("\r\n\r\n") + 4).strip());
      }
    }

    assertThat(bodies).containsExactlyInAnyOrderElementsOf(hostnames("web").stream().map(h -> "v1 " + h).toList());
  }

  @Test
  void aRollingDeploymentBehindTheAlbLosesNoRequest() throws Exception {
    awaitHealthy("web", 3);
    URI alb = uri(ecs.endpoint("alb", 80));
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    List<String> versions = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(2);
    List<Future<?>> loops = new ArrayList<>();
    try {
      for (int c = 0; c < 2; c++) {
        loops.add(clients.submit(() -> {
          while (running.get()) {
            try {
              Response response = get(alb.resolve("/"));
              if (response.status() == 200) {
                versions.add(response.body().substring(0, 2));
              } else {
                failures.add(response.status() + " " + response.body());
              }
            } catch (IOException e) {
              failures.add(e.toString());
            }
          }
        }));
      }

      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster(CLUSTER).service("web").taskDefinition("web:2")
          .build());
      ecs.await(Condition.of("v2 rolled out", r -> {
        ServiceDescription web = r.ecs().describeServices(d -> d.cluster(CLUSTER).services("web")).service();
        return web.isSteady() && web.taskDefinition().endsWith("web:2")
            && ListAndDescribe.tasks(r.ecs(), CLUSTER, TaskFilter.running().serviceName("web")).size() == 3;
      }, r -> r.events().timeline())).atMost(PATIENCE);
      int before = versions.size();
      ecs.await("more than 20 answers after the rollout", r -> versions.size() > before + 20).atMost(PATIENCE);
    } finally {
      running.set(false);
      for (Future<?> loop : loops) {
        loop.get(30, TimeUnit.SECONDS);
      }
      clients.shutdownNow();
    }

    assertThat(failures).as("failed requests").isEmpty();
    assertThat(versions).contains("v1", "v2");
    assertThat(versions.subList(versions.size() - 20, versions.size())).as("the last answers").containsOnly("v2");
  }

  @Test
  void anUnknownLoadBalancerOrListenerIsTheErrorElbGives() {
    assertThatThrownBy(() -> ecs.endpoint("nope", 80)).isInstanceOf(EcsException.class)
        .hasMessageContaining("nope").extracting(e -> ((EcsException) e).errorCode())
        .isEqualTo("LoadBalancerNotFoundException");
    assertThatThrownBy(() -> ecs.endpoint("alb", 81)).isInstanceOf(EcsException.class)
        .extracting(e -> ((EcsException) e).errorCode()).isEqualTo("ListenerNotFoundException");
  }

  private void awaitHealthy(String targetGroup, int count) {
    ecs.await(Condition.of(count + " healthy targets in " + targetGroup, r -> targets(r, targetGroup).stream()
        .filter(t -> t.state() == TargetHealthState.HEALTHY).count() == count,
        r -> targets(r, targetGroup).toString())).atMost(PATIENCE);
  }

  private static List<TargetHealth> targets(EcsRuntime runtime, String targetGroup) {
    return runtime.elb().describeTargetHealth(d -> d.targetGroupArn(targetGroup)).targetHealthDescriptions();
  }

  /** The hostnames of the service's running tasks: an awsvpc task's is its ENI's ({@code ip-10-0-1-23}). */
  private List<String> hostnames(String service) {
    return ListAndDescribe.tasks(ecs.ecs(), CLUSTER, TaskFilter.running().serviceName(service)).stream()
        .map(Task::attachments).map(a -> "ip-" + a.get(0).privateIPv4Address().replace('.', '-')).toList();
  }

  private static URI uri(InetSocketAddress address) {
    return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
  }

  private static Response get(URI uri) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
    connection.setConnectTimeout(10_000);
    connection.setReadTimeout(30_000);
    try {
      int status = connection.getResponseCode();
      try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
        return new Response(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
      }
    } finally {
      connection.disconnect();
    }
  }

  private record Response(int status, String body) {}
}

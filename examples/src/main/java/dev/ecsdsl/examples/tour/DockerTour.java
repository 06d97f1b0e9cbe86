package dev.ecsdsl.examples.tour;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.docker.DockerEcs;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The tour with real containers: a smaller shop on one EC2 cluster over three zones (a storefront serving
 * HTTP with a health check, order workers, a log agent on every instance), every container the project's
 * local busybox image. Faults and load exist only in memory, so here the tour uses what the ECS API offers:
 * a rolling update, a stopped task and a drained instance, and a scale-out by UpdateService.
 */
public final class DockerTour implements TourScenario {
  static final String CLUSTER = "shop";
  static final List<ServiceRef> WATCHED = List.of(new ServiceRef(CLUSTER, "storefront"),
      new ServiceRef(CLUSTER, "orders"), new ServiceRef(CLUSTER, "log-agent"));
  private static final Duration PATIENCE = Duration.ofMinutes(3);
  private static final String IDLE = "trap 'exit 0' TERM; while true; do sleep 1; done";
  private final DockerEcs ecs;
  private final long seed;
  private final TourRecorder rec;

  /**
   * The tour on {@code ecs}, created with {@code seed} and fresh (nothing deployed); the caller closes it.
   *
   * @param ecs the Docker runtime to run on
   * @param seed the seed {@code ecs} was created with, for the recording
   */
  public DockerTour(DockerEcs ecs, long seed) {
    this.ecs = ecs;
    this.seed = seed;
    this.rec = new TourRecorder(ecs, WATCHED, Duration.ofSeconds(2));
  }

  /** The shop for Docker, every container running {@code image} (a busybox). */
  static Environment environment(String image, String version) {
    var builder = Ecs.environment("shop-on-docker").region("eu-west-1")
        .cluster(CLUSTER, c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(3)
            .zones("eu-west-1a", "eu-west-1b", "eu-west-1c")));
    builder.taskDefinition("storefront", td -> td.ec2().networkMode(NetworkMode.BRIDGE)
        .container("app", a -> a.image(image).memoryReservation(32).port(8080, 0).env("VERSION", version)
            .command("sh", "-c", "echo \"storefront $VERSION\" > /tmp/index.html; httpd -p 8080 -h /tmp; " + IDLE)
            .healthCheck("wget -q -O- http://localhost:8080/ || exit 1",
                hc -> hc.interval(5).timeout(3).retries(3).startPeriod(5))));
    return builder
        .taskDefinition("orders", td -> td.ec2().networkMode(NetworkMode.BRIDGE)
            .container("worker", w -> w.image(image).memoryReservation(32).command("sh", "-c", IDLE)))
        .taskDefinition("log-agent", td -> td.ec2()
            .container("agent", a -> a.image(image).memoryReservation(16).command("sh", "-c", IDLE)))
        .service("storefront", s -> s.cluster(CLUSTER).taskDefinition("storefront").desiredCount(2).ec2()
            .deployment(100, 200))
        .service("orders", s -> s.cluster(CLUSTER).taskDefinition("orders").desiredCount(3).ec2()
            .spread("attribute:ecs.availability-zone"))
        .service("log-agent", s -> s.cluster(CLUSTER).taskDefinition("log-agent").daemon().ec2())
        .build();
  }

  @Override
  public TourRecording run() {
    String image = TestImages.busybox(ecs.docker());
    rec.phase("deploy", "deploy the shop on three instances; every container is a real Docker container");
    ecs.deploy(environment(image, "1"));
    awaitAllSteady();

    rec.phase("steady state", "nothing changes for ten seconds");
    rec.pass(Duration.ofSeconds(10));

    rec.phase("rolling update", "register storefront:2 and roll it out (new tasks must pass their health check)");
    TaskDefinition next = environment(image, "2").taskDefinitions().stream()
        .filter(td -> td.family().equals("storefront")).findFirst().orElseThrow();
    String revision = ecs.ecs().registerTaskDefinition(r -> r.taskDefinition(next)).taskDefinition()
        .taskDefinitionArn();
    ecs.ecs().updateService(r -> r.cluster(CLUSTER).service("storefront").taskDefinition(revision));
    rec.awaitSteady(CLUSTER, "storefront", PATIENCE);

    rec.phase("failure", "stop an order worker's task and drain an instance for maintenance");
    String worker = ecs.ecs().listTasks(r -> r.cluster(CLUSTER).serviceName("orders")).taskArns().get(0);
    ecs.ecs().stopTask(r -> r.cluster(CLUSTER).task(worker).reason("ecs-dsl tour: a failure"));
    String drained = ecs.ecs().listContainerInstances(r -> r.cluster(CLUSTER)).containerInstanceArns().get(0);
    ecs.ecs().updateContainerInstancesState(r -> r.cluster(CLUSTER).containerInstances(drained)
        .status(ContainerInstanceStatus.DRAINING));
    rec.pass(Duration.ofSeconds(2));

    rec.phase("recovery", "the services replace the stopped and drained tasks on the other instances");
    awaitAllSteady();

    rec.phase("scale-out", "UpdateService raises the storefront from 2 to 4 tasks");
    ecs.ecs().updateService(r -> r.cluster(CLUSTER).service("storefront").desiredCount(4));
    rec.awaitSteady(CLUSTER, "storefront", PATIENCE);
    rec.pass(Duration.ofSeconds(5));
    return rec.finish("docker", seed, Optional.empty());
  }

  private void awaitAllSteady() {
    WATCHED.forEach(s -> rec.awaitSteady(s.cluster(), s.service(), PATIENCE));
  }
}

package dev.ecsdsl.examples.tour;

import dev.ecsdsl.examples.ShopEnvironment;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.RequestLoad;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.ImmutableContainerDefinition;
import dev.ecsdsl.model.ImmutableTaskDefinition;
import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The tour on the in-memory runtime: the {@link ShopEnvironment} through about an hour and a half of simulated time —
 * steady state under a light load, a rolling update of the storefront to image 1.5.0, a killed storefront
 * container and a terminated worker instance, a rush of requests that target tracking answers with more
 * storefront tasks (and fewer once it is over), and the nightly report at 02:00.
 */
public final class InMemoryTour implements TourScenario {
  static final String WEB_CLUSTER = "shop-web";
  static final String WORKERS_CLUSTER = "shop-workers";
  static final ServiceRef STOREFRONT = new ServiceRef(WEB_CLUSTER, "storefront");
  static final List<ServiceRef> WATCHED = List.of(STOREFRONT, new ServiceRef(WORKERS_CLUSTER, "orders"),
      new ServiceRef(WORKERS_CLUSTER, "log-agent"));
  /** When the tour begins: late enough that the nightly report's 02:00 UTC run comes soon after the rush. */
  public static final Instant START = Instant.parse("2025-01-01T00:45:00Z");
  static final String NEW_IMAGE = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/shop/storefront:1.5.0";
  private static final Duration PATIENCE = Duration.ofMinutes(30);
  private static final int CALM_PER_SECOND = 30;
  private static final int RUSH_PER_SECOND = 150;
  private final InMemoryEcs ecs;
  private final TourRecorder rec;

  /**
   * The tour on {@code ecs}, which must be fresh (nothing deployed; best created at {@link #START}); the caller
   * closes it.
   *
   * @param ecs the in-memory runtime to run on
   */
  public InMemoryTour(InMemoryEcs ecs) {
    this.ecs = ecs;
    this.rec = new TourRecorder(ecs, WATCHED, Duration.ofSeconds(15));
  }

  @Override
  public TourRecording run() {
    // The simulated containers run for ever unless scripted; these two are meant to finish.
    ecs.behaviour("orders", "migrate", ContainerBehaviour.exitsAfter(Duration.ofSeconds(20), 0));
    ecs.behaviour("nightly-report", "report", ContainerBehaviour.exitsAfter(Duration.ofMinutes(4), 0));

    rec.phase("deploy", "deploy the shop: storefront on Fargate behind the ALB, order workers and a log agent"
        + " on three EC2 instances, the nightly report's schedule");
    ecs.deploy(ShopEnvironment.build());
    WATCHED.forEach(s -> rec.awaitSteady(s.cluster(), s.service(), PATIENCE));

    try (RequestLoad load = ecs.driveRequests("shop-alb", 80, "shop.example.com", "/", CALM_PER_SECOND)) {
      rec.phase("steady state", CALM_PER_SECOND + " requests a second for ten minutes; nothing needs to change");
      rec.pass(Duration.ofMinutes(10));

      rec.phase("rolling update", "register storefront:2 with image 1.5.0 and roll it out under load");
      String revision = ecs.registerTaskDefinition(withImage(ecs.describeTaskDefinition("storefront")
          .taskDefinition(), "app", NEW_IMAGE));
      ecs.updateService(UpdateServiceRequest.builder().cluster(WEB_CLUSTER).service("storefront")
          .taskDefinition(revision).build());
      rec.awaitSteady(WEB_CLUSTER, "storefront", PATIENCE);
      rec.pass(Duration.ofMinutes(2));

      rec.phase("failure", "kill a storefront container and terminate a worker instance");
      Task web = ecs.listTasks(WEB_CLUSTER, TaskFilter.running().serviceName("storefront")).get(0);
      ecs.killContainer(WEB_CLUSTER, web.taskArn(), "app");
      ContainerInstance lost = ecs.listContainerInstances(WORKERS_CLUSTER).get(0);
      ecs.terminateInstance(WORKERS_CLUSTER, lost.containerInstanceArn());
      rec.pass(Duration.ofSeconds(30));

      rec.phase("recovery", "the services replace what was lost; a new instance joins, as the Auto Scaling"
          + " group would launch one");
      ecs.launchInstance(WORKERS_CLUSTER, lost.instanceGroup());
      WATCHED.forEach(s -> rec.awaitSteady(s.cluster(), s.service(), PATIENCE));
      rec.pass(Duration.ofMinutes(3));

      rec.phase("scale-out", RUSH_PER_SECOND + " requests a second: target tracking on requests per target adds"
          + " storefront tasks");
      load.perSecond(RUSH_PER_SECOND);
      rec.pass(Duration.ofMinutes(15));

      rec.phase("scale-in", "back to " + CALM_PER_SECOND + " requests a second: after 15 quiet minutes the"
          + " storefront shrinks");
      load.perSecond(CALM_PER_SECOND);
      rec.pass(Duration.ofMinutes(35));
    }
    ScalingData.Note loadEnds = new ScalingData.Note(ecs.now(), "the tour stops sending requests: requests per"
        + " target fall to 0");

    rec.phase("nightly report", "at 02:00 UTC the EventBridge rule runs the report on Fargate");
    rec.pass(untilNext(LocalTime.of(2, 10)));

    return rec.finish("inmemory", ecs.seed(), Optional.of(new ScalingData(STOREFRONT,
        "ALBRequestCountPerTarget",
        ecs.metricData(WEB_CLUSTER, "storefront", PredefinedMetricType.ALB_REQUEST_COUNT_PER_TARGET),
        ecs.describeScalingActivities(WEB_CLUSTER, "storefront"), List.of(loadEnds))));
  }

  /** The time from now until the next {@code time} of day (UTC). */
  private Duration untilNext(LocalTime time) {
    ZonedDateTime now = ecs.now().atZone(ZoneOffset.UTC);
    ZonedDateTime next = now.with(time);
    return Duration.between(now, next.isAfter(now) ? next : next.plusDays(1));
  }

  /** The definition with one container's image replaced: the next revision of a rollout. */
  static TaskDefinition withImage(TaskDefinition td, String container, String image) {
    List<ContainerDefinition> containers = td.containerDefinitions().stream()
        .map(c -> c.name().equals(container) ? ImmutableContainerDefinition.copyOf(c).withImage(image) : c)
        .map(ContainerDefinition.class::cast).toList();
    return ImmutableTaskDefinition.copyOf(td).withContainerDefinitions(containers);
  }
}

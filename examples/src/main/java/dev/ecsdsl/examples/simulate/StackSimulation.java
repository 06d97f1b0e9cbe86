package dev.ecsdsl.examples.simulate;

import dev.ecsdsl.examples.tour.ScalingData;
import dev.ecsdsl.examples.tour.ServiceRef;
import dev.ecsdsl.examples.tour.TourRecorder;
import dev.ecsdsl.examples.tour.TourRecording;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Listener;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.LoadBalancerType;
import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.model.ScheduledTask;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TargetTrackingScalingPolicy;
import dev.ecsdsl.runtime.RequestLoad;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stack read from a template, played on the in-memory runtime: deployed, every service awaited (up to half an
 * hour, noting the ones that do not settle), then the given time under a light, steady request load on every
 * listener of its Application and Network Load Balancers, recorded by the tour's {@link TourRecorder} so that the
 * tour's text and HTML report tell it. Containers of scheduled tasks exit 0 after a minute (a batch job's run);
 * every other container runs until stopped.
 */
public final class StackSimulation {
  private static final Duration PATIENCE = Duration.ofMinutes(30);
  private static final Duration BATCH_RUN = Duration.ofMinutes(1);

  private final InMemoryEcs ecs;
  private final Environment environment;
  private final TourRecorder recorder;
  private final Map<ServiceRef, String> unsettled = new LinkedHashMap<>();

  /**
   * A simulation of {@code environment} on {@code ecs}, which must be fresh; the caller closes it.
   *
   * @param ecs the in-memory runtime
   * @param environment the stack's environment (valid)
   */
  public StackSimulation(InMemoryEcs ecs, Environment environment) {
    this.ecs = ecs;
    this.environment = environment;
    this.recorder = new TourRecorder(ecs, services(environment), Duration.ofSeconds(15));
  }

  /** The services of the environment, by cluster. */
  static List<ServiceRef> services(Environment environment) {
    return environment.services().stream()
        .map(s -> new ServiceRef(Arns.name(s.clusterOrDefault()), s.serviceName())).toList();
  }

  /**
   * Plays the stack: deploy, settle, then {@code duration} under {@code requestsPerSecond} per listener.
   *
   * @param duration how long to play after the services settle
   * @param requestsPerSecond requests a second at each load balancer listener
   * @return the recording
   */
  public TourRecording run(Duration duration, int requestsPerSecond) {
    for (ScheduledTask task : environment.scheduledTasks()) {
      environment.taskDefinition(task.taskDefinition()).ifPresent(td -> {
        for (ContainerDefinition c : td.containerDefinitions()) {
          ecs.behaviour(td.family(), c.name(), ContainerBehaviour.exitsAfter(BATCH_RUN, 0));
        }
      });
    }
    recorder.phase("deploy", "deploy the stack: " + environment.clusters().size() + " clusters, "
        + environment.services().size() + " services, " + environment.scheduledTasks().size() + " scheduled tasks");
    ecs.deploy(environment);
    for (ServiceRef s : services(environment)) {
      try {
        recorder.awaitSteady(s.cluster(), s.service(), PATIENCE);
      } catch (IllegalStateException e) {
        unsettled.put(s, e.getMessage());
      }
    }
    List<RequestLoad> loads = new ArrayList<>();
    try {
      List<String> targets = new ArrayList<>();
      for (LoadBalancer lb : environment.loadBalancers()) {
        if (lb.type() == LoadBalancerType.CLASSIC || requestsPerSecond == 0) {
          continue;
        }
        for (Listener l : lb.listeners()) {
          String host = l.rules().stream().flatMap(r -> r.hostHeaders().stream()).findFirst().orElse("example.com");
          loads.add(ecs.elb().driveRequests(r -> r.loadBalancer(lb.name()).listenerPort(l.port()).host(host).path("/")
              .perSecond(requestsPerSecond)));
          targets.add(lb.name() + ":" + l.port());
        }
      }
      recorder.phase("under load", (targets.isEmpty() ? "no load balancer listener to send requests to"
          : requestsPerSecond + " requests a second at " + String.join(", ", targets)) + "; " + format(duration)
          + " of the stack's life");
      recorder.pass(duration);
    } finally {
      loads.forEach(RequestLoad::close);
    }
    return recorder.finish("inmemory", ecs.seed(), scaling());
  }

  /** {@return the services that did not settle after the deploy, and why} */
  public Map<ServiceRef, String> unsettled() {
    return unsettled;
  }

  /** The scaling curve of the first service with a target tracking policy, for the report. */
  private Optional<ScalingData> scaling() {
    for (Service s : environment.services()) {
      if (s.autoScaling().isEmpty() || s.autoScaling().get().targetTrackingPolicies().isEmpty()) {
        continue;
      }
      TargetTrackingScalingPolicy policy = s.autoScaling().get().targetTrackingPolicies().get(0);
      String cluster = Arns.name(s.clusterOrDefault());
      PredefinedMetricType metric = policy.predefinedMetricType();
      return Optional.of(new ScalingData(new ServiceRef(cluster, s.serviceName()), metricName(metric),
          ecs.cloudWatch().getMetricStatistics(r -> r.cluster(cluster).service(s.serviceName()).metric(metric))
              .datapoints(),
          ecs.autoScaling().describeScalingActivities(r -> r.cluster(cluster).service(s.serviceName()))
              .scalingActivities(),
          List.of()));
    }
    return Optional.empty();
  }

  private static String metricName(PredefinedMetricType metric) {
    return switch (metric) {
      case ALB_REQUEST_COUNT_PER_TARGET -> "ALBRequestCountPerTarget";
      case ECS_SERVICE_AVERAGE_CPU_UTILIZATION -> "ECSServiceAverageCPUUtilization";
      case ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION -> "ECSServiceAverageMemoryUtilization";
    };
  }

  static String format(Duration d) {
    long minutes = d.toMinutes();
    return minutes >= 60 && minutes % 60 == 0 ? minutes / 60 + "h" : minutes > 0 ? minutes + "m" : d.toSeconds() + "s";
  }
}

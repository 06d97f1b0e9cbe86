package dev.ecsdsl.examples.tour;

import dev.ecsdsl.examples.tour.Placement.ClusterPlacement;
import dev.ecsdsl.examples.tour.Placement.InstancePlacement;
import dev.ecsdsl.examples.tour.Placement.PlacedTask;
import dev.ecsdsl.examples.tour.ServiceSample.DeploymentState;
import dev.ecsdsl.runtime.RuntimeEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the HTML report shows, as the JSON its script renders: times are seconds since the tour began.
 *
 * @param title the page's title
 * @param runtime {@code inmemory} or {@code docker}
 * @param seed the runtime's seed
 * @param environment the environment's name
 * @param start when the tour began (ISO-8601)
 * @param duration seconds the tour covered
 * @param phases the phases in order
 * @param placement where the tasks were at the end, per cluster
 * @param deployments every deployment of the watched services, with its states over time
 * @param events the interesting events
 * @param scaling the scaled service's counts over time, its metric and its scaling activities
 */
public record ReportData(String title, String runtime, long seed, String environment, String start,
    double duration, List<PhaseData> phases, List<ClusterPlacement> placement, List<DeploymentData> deployments,
    List<EventData> events, ScalingCurve scaling) {

  /** A phase and its time span. */
  public record PhaseData(String name, String summary, double from, double to) {}

  /** One deployment of a service and the states it went through. */
  public record DeploymentData(String service, String id, String taskDefinition, List<Segment> segments) {}

  /** A time span during which a deployment kept one status and rollout state. */
  public record Segment(String status, String rolloutState, double from, double to, int running, int desired) {}

  /** One event of the timeline. */
  public record EventData(double t, String phase, String type, String cluster, String subject, String message) {}

  /** The scaled service's desired and running counts over time, its scaling metric and its activities. */
  public record ScalingCurve(String service, List<CountPoint> counts, String metricName, List<MetricPoint> metric,
      List<ActivityData> activities, List<NoteData> notes) {}

  /** A note on the scaling chart: why the metric does what it does at a time. */
  public record NoteData(double t, String text) {}

  /** Desired and running count at a time. */
  public record CountPoint(double t, int desired, int running) {}

  /** A metric datapoint. */
  public record MetricPoint(double t, double value) {}

  /** A scaling activity. */
  public record ActivityData(double t, String policy, int from, int to, String cause) {}

  /**
   * The report's data for a run of the tour.
   *
   * @param r the recording of the run
   * @return the report's data
   */
  public static ReportData of(TourRecording r) {
    Instant start = r.start();
    List<PhaseData> phases = r.phases().stream()
        .map(p -> new PhaseData(p.name(), p.summary(), seconds(start, p.start()), seconds(start, p.end()))).toList();
    List<EventData> events = new ArrayList<>();
    InterestingEvents interesting = new InterestingEvents();
    for (Phase p : r.phases()) {
      for (RuntimeEvent e : r.eventsOf(p)) {
        if (interesting.test(e)) {
          events.add(new EventData(seconds(start, e.at()), p.name(), e.type().name(), e.cluster(), e.subject(),
              e.message()));
        }
      }
    }
    return new ReportData("ecs-dsl tour: " + r.environment() + " on " + r.runtime(), r.runtime(), r.seed(),
        r.environment(), start.toString(), seconds(start, r.end()), phases, r.placement().clusters(),
        deployments(r), events, scaling(r));
  }

  private static List<DeploymentData> deployments(TourRecording r) {
    Map<String, String> serviceOf = new LinkedHashMap<>();
    Map<String, String> taskDefinitionOf = new LinkedHashMap<>();
    Map<String, List<Segment>> segments = new LinkedHashMap<>();
    for (ServiceSample s : r.samples()) {
      double t = seconds(r.start(), s.at());
      for (DeploymentState d : s.deployments()) {
        serviceOf.putIfAbsent(d.id(), s.service().service());
        taskDefinitionOf.putIfAbsent(d.id(), d.taskDefinition().substring(d.taskDefinition().lastIndexOf('/') + 1));
        List<Segment> list = segments.computeIfAbsent(d.id(), id -> new ArrayList<>());
        Segment last = list.isEmpty() ? null : list.get(list.size() - 1);
        if (last != null && last.status().equals(d.status()) && last.rolloutState().equals(d.rolloutState())) {
          list.set(list.size() - 1, new Segment(last.status(), last.rolloutState(), last.from(), t, d.running(),
              d.desired()));
        } else {
          if (last != null) {
            list.set(list.size() - 1, new Segment(last.status(), last.rolloutState(), last.from(), t,
                last.running(), last.desired()));
          }
          list.add(new Segment(d.status(), d.rolloutState(), t, t, d.running(), d.desired()));
        }
      }
    }
    return segments.entrySet().stream().map(e -> new DeploymentData(serviceOf.get(e.getKey()), e.getKey(),
        taskDefinitionOf.get(e.getKey()), List.copyOf(e.getValue()))).toList();
  }

  private static ScalingCurve scaling(TourRecording r) {
    Optional<ScalingData> data = r.scaling();
    Optional<ServiceRef> service = data.map(ScalingData::service)
        .or(() -> r.samples().stream().findFirst().map(ServiceSample::service));
    List<CountPoint> counts = r.samples().stream().filter(s -> service.map(s.service()::equals).orElse(false))
        .map(s -> new CountPoint(seconds(r.start(), s.at()), s.desired(), s.running())).toList();
    List<MetricPoint> metric = data.map(d -> d.metric().stream()
        .map(m -> new MetricPoint(seconds(r.start(), m.timestamp()), m.value())).toList()).orElse(List.of());
    List<ActivityData> activities = data.map(d -> d.activities().stream()
        .map(a -> new ActivityData(seconds(r.start(), a.startTime()), a.policyName(), a.fromCount(), a.toCount(),
            a.cause())).toList()).orElse(List.of());
    List<NoteData> notes = data.map(d -> d.notes().stream()
        .map(n -> new NoteData(seconds(r.start(), n.at()), n.text())).toList()).orElse(List.of());
    return new ScalingCurve(service.map(ServiceRef::service).orElse(""), counts,
        data.map(ScalingData::metricName).orElse(""), metric, activities, notes);
  }

  private static double seconds(Instant start, Instant at) {
    return Duration.between(start, at).toMillis() / 1000.0;
  }
}

package dev.ecsdsl.control.cloudwatch;

import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.loadbalancing.LoadBalancing;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.services.AlarmState;
import dev.ecsdsl.control.services.AlarmStates;
import dev.ecsdsl.control.services.ServiceScheduler;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.runtime.AlarmStateValue;
import dev.ecsdsl.runtime.MetricAlarmDescription;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CloudWatch's metric alarms of the description ({@link Environment#alarms()}, the ones deployments name in
 * {@code deploymentConfiguration.alarms}) on the virtual clock: every minute each alarm's metric gives that minute's
 * samples ({@link MetricSource}); at the end of each of the alarm's periods the period's statistic joins its
 * evaluation range and the alarm is evaluated ({@link AlarmEvaluation}); the state goes to {@link AlarmStates},
 * which tells the deployments. An alarm starts in INSUFFICIENT_DATA, as a new CloudWatch alarm does. Memory per alarm
 * is its last {@code evaluationPeriods} period values and the minutes of the period under way. The minute ticks are
 * background work: they never keep a runtime from being idle. A period under 60 seconds (high resolution) is
 * evaluated as 60.
 */
public final class MetricAlarms {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final EventLoop loop;
  private final ServiceScheduler scheduler;
  private final LoadBalancing loadBalancing;
  private final Agent agent;
  private final AlarmStates states;
  private final List<Watched> alarms = new ArrayList<>();

  /**
   * The metric alarms of a control plane.
   *
   * @param loop the clock the minute ticks run on
   * @param scheduler the services whose CPU and memory are measured, and whose alarm states are set
   * @param loadBalancing the target groups' request counters
   * @param agent what the containers use
   */
  public MetricAlarms(EventLoop loop, ServiceScheduler scheduler, LoadBalancing loadBalancing, Agent agent) {
    this.loop = loop;
    this.scheduler = scheduler;
    this.loadBalancing = loadBalancing;
    this.agent = agent;
    this.states = scheduler.alarms();
  }

  /** One alarm: its metric, the period under way and the evaluation range. */
  private static final class Watched {
    final MetricSource source;
    final int minutesPerPeriod;
    final Deque<Optional<Double>> periods = new ArrayDeque<>();
    Optional<StatisticSet> current = Optional.empty();
    int minutesIntoPeriod;

    Watched(MetricSource source) {
      this.source = source;
      this.minutesPerPeriod = Math.max(1, source.alarm().period() / 60);
    }
  }

  /**
   * Starts evaluating the description's metric alarms.
   *
   * @param description the deployed environment
   */
  public void deploy(Environment description) {
    for (MetricAlarm alarm : description.alarms()) {
      alarms.add(new Watched(new MetricSource(alarm, scheduler, loadBalancing, agent)));
      states.define(alarm.alarmName(), Duration.ofSeconds(Math.max(60, alarm.period())).multipliedBy(
          alarm.evaluationPeriods()));
      states.evaluated(alarm.alarmName(), AlarmState.INSUFFICIENT_DATA,
          "Unchecked: Initial alarm creation");
    }
    if (!alarms.isEmpty()) {
      loop.scheduleBackground(MINUTE, this::tick);
    }
  }

  /** {@return the description's metric alarms} */
  public List<MetricAlarm> alarms() {
    return alarms.stream().map(w -> w.source.alarm()).toList();
  }

  /**
   * DescribeAlarms: the description's alarms, then those only a test set, as CloudWatch describes them.
   *
   * @param names the alarms to describe; all when empty
   * @return their descriptions, unknown names left out
   */
  public List<MetricAlarmDescription> describe(List<String> names) {
    Set<String> known = new LinkedHashSet<>();
    alarms.forEach(w -> known.add(w.source.alarm().alarmName()));
    known.addAll(states.names());
    return known.stream().filter(n -> names.isEmpty() || names.contains(n)).<MetricAlarmDescription>map(n -> MetricAlarmDescription.builder()
        .alarmName(n).stateValue(AlarmStateValue.valueOf(states.get(n).name())).stateReason(states.reason(n))
        .stateUpdatedTimestamp(states.updatedAt(n)).history(states.history(n)).build()).toList();
  }

  private void tick() {
    for (Watched watched : alarms) {
      Optional<StatisticSet> minute = watched.source.minute();
      if (minute.isPresent()) {
        watched.current = Optional.of(watched.current.map(c -> c.plus(minute.get())).orElse(minute.get()));
      }
      if (++watched.minutesIntoPeriod < watched.minutesPerPeriod) {
        continue;
      }
      MetricAlarm alarm = watched.source.alarm();
      watched.periods.addLast(watched.current.map(set -> set.value(alarm.statistic())));
      while (watched.periods.size() > alarm.evaluationPeriods()) {
        watched.periods.removeFirst();
      }
      watched.current = Optional.empty();
      watched.minutesIntoPeriod = 0;
      AlarmEvaluation.Outcome outcome = AlarmEvaluation.evaluate(alarm, List.copyOf(watched.periods),
          states.get(alarm.alarmName()));
      states.evaluated(alarm.alarmName(), outcome.state(), outcome.reason());
    }
    loop.scheduleBackground(MINUTE, this::tick);
  }
}

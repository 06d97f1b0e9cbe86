package dev.ecsdsl.control.services;

import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.runtime.AlarmHistoryItem;
import dev.ecsdsl.runtime.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The states of CloudWatch alarms, the one place they change: the metric alarms of the description as
 * {@code dev.ecsdsl.control.cloudwatch.MetricAlarms} evaluates them, and any alarm as a test sets it (CloudWatch's
 * SetAlarmState: the state holds until the alarm's next evaluation changes it, "Using Amazon CloudWatch alarms",
 * SetAlarmState). An alarm never set nor evaluated is OK. Each change is recorded on the timeline
 * ({@code ALARM_STATE_CHANGED}), kept in the alarm's history (the last {@value #HISTORY} changes) and told to the
 * service scheduler, which fails a deployment whose alarm went into ALARM. Calls may come from any thread; they run
 * on the loop's.
 */
public final class AlarmStates {
  /** How many state changes of an alarm are kept. */
  static final int HISTORY = 100;

  private final EventLoop loop;
  private final EventLog log;
  private final Map<String, Entry> states = new HashMap<>();
  private final Map<String, Duration> windows = new HashMap<>();
  private final List<Runnable> listeners = new ArrayList<>();

  AlarmStates(EventLoop loop, EventLog log) {
    this.loop = loop;
    this.log = log;
  }

  private static final class Entry {
    AlarmState state;
    String reason;
    Instant updatedAt;
    final Deque<AlarmHistoryItem> history = new ArrayDeque<>();
  }

  /**
   * An alarm of the description is evaluated from now on: its evaluation range, {@code period × evaluationPeriods}.
   *
   * @param alarmName the alarm's name
   * @param window its evaluation range
   */
  public void define(String alarmName, Duration window) {
    windows.put(alarmName, window);
  }

  /** {@return the evaluation range of an alarm of the description, empty for one only a test sets} */
  Optional<Duration> window(String alarmName) {
    return Optional.ofNullable(windows.get(alarmName));
  }

  void onChange(Runnable listener) {
    listeners.add(listener);
  }

  /**
   * Sets an alarm's state, as CloudWatch's SetAlarmState does (a scripted override: the alarm's next evaluation,
   * if it has a metric the simulation produces, may change it again).
   *
   * @param alarmName the alarm's name
   * @param state its new state
   */
  public void set(String alarmName, AlarmState state) {
    loop.onLoopThread(() -> {
      change(alarmName, state, "set by SetAlarmState");
      return null;
    });
  }

  /**
   * An alarm's state as its evaluation found it; nothing happens when it is the state the alarm is in.
   *
   * @param alarmName the alarm's name
   * @param state the state the evaluation found
   * @param reason CloudWatch's {@code StateReason}
   */
  public void evaluated(String alarmName, AlarmState state, String reason) {
    Entry entry = states.get(alarmName);
    if (entry == null || entry.state != state) {
      change(alarmName, state, reason);
    }
  }

  private void change(String alarmName, AlarmState state, String reason) {
    Objects.requireNonNull(alarmName, "alarmName");
    Objects.requireNonNull(state, "state");
    Entry entry = states.computeIfAbsent(alarmName, n -> new Entry());
    AlarmState previous = entry.state;
    entry.state = state;
    entry.reason = reason;
    entry.updatedAt = loop.now();
    String summary = "Alarm updated from " + (previous == null ? AlarmState.INSUFFICIENT_DATA : previous) + " to "
        + state;
    entry.history.addLast(new AlarmHistoryItem(loop.now(), summary, reason));
    while (entry.history.size() > HISTORY) {
      entry.history.removeFirst();
    }
    log.record(EventType.ALARM_STATE_CHANGED, "", "alarm/" + alarmName, summary + ": " + reason);
    if (previous != state) {
      listeners.forEach(Runnable::run);
    }
  }

  /** {@return the names of the alarms set or evaluated so far, sorted} */
  public List<String> names() {
    return loop.onLoopThread(() -> states.keySet().stream().sorted().toList());
  }

  /**
   * {@return an alarm's state (OK when never set nor evaluated)}
   *
   * @param alarmName the alarm's name
   */
  public AlarmState get(String alarmName) {
    return loop.onLoopThread(() -> {
      Entry entry = states.get(alarmName);
      return entry == null ? AlarmState.OK : entry.state;
    });
  }

  /**
   * {@return why the alarm is in its state (CloudWatch's {@code StateReason}), empty when never set nor evaluated}
   *
   * @param alarmName the alarm's name
   */
  public Optional<String> reason(String alarmName) {
    return loop.onLoopThread(() -> Optional.ofNullable(states.get(alarmName)).map(e -> e.reason));
  }

  /**
   * {@return when the alarm's state last changed, empty when never set nor evaluated}
   *
   * @param alarmName the alarm's name
   */
  public Optional<Instant> updatedAt(String alarmName) {
    return loop.onLoopThread(() -> Optional.ofNullable(states.get(alarmName)).map(e -> e.updatedAt));
  }

  /**
   * {@return the alarm's state changes, oldest first (the last {@value #HISTORY}; DescribeAlarmHistory)}
   *
   * @param alarmName the alarm's name
   */
  public List<AlarmHistoryItem> history(String alarmName) {
    return loop.onLoopThread(
        () -> Optional.ofNullable(states.get(alarmName)).map(e -> List.copyOf(e.history)).orElse(List.<AlarmHistoryItem>of()));
  }
}

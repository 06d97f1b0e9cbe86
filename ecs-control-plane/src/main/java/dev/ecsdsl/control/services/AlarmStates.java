package dev.ecsdsl.control.services;

import dev.ecsdsl.control.loop.EventLoop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The states of the CloudWatch alarms deployments watch ({@code deploymentConfiguration.alarms}), as a test sets
 * them (CloudWatch's SetAlarmState). An alarm never set is OK. Each change is told to the service scheduler,
 * which fails a deployment whose alarm went into ALARM. Calls may come from any thread; they run on the loop's.
 */
public final class AlarmStates {
  private final Map<String, AlarmState> states = new HashMap<>();
  private final List<Runnable> listeners = new ArrayList<>();
  private final EventLoop loop;

  AlarmStates(EventLoop loop) {
    this.loop = loop;
  }

  void onChange(Runnable listener) {
    listeners.add(listener);
  }

  /**
   * Sets an alarm's state.
   *
   * @param alarmName the alarm's name
   * @param state its new state
   */
  public void set(String alarmName, AlarmState state) {
    Objects.requireNonNull(alarmName, "alarmName");
    Objects.requireNonNull(state, "state");
    loop.onLoopThread(() -> {
      if (states.put(alarmName, state) != state) {
        listeners.forEach(Runnable::run);
      }
      return null;
    });
  }

  /**
   * {@return an alarm's state (OK when never set)}
   *
   * @param alarmName the alarm's name
   */
  public AlarmState get(String alarmName) {
    return loop.onLoopThread(() -> states.getOrDefault(alarmName, AlarmState.OK));
  }
}

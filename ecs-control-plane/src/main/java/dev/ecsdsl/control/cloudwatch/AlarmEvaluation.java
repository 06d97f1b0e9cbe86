package dev.ecsdsl.control.cloudwatch;

import dev.ecsdsl.control.services.AlarmState;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.TreatMissingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One evaluation of a metric alarm, as CloudWatch makes it (CloudWatch user guide, "Using Amazon CloudWatch
 * alarms" → "Evaluating an alarm", and "Configuring how CloudWatch alarms treat missing data"): over the last
 * {@code evaluationPeriods} periods (N), the alarm goes to ALARM when at least {@code datapointsToAlarm} (M, N when
 * unset) of them breach the threshold. A period without data counts as breaching ({@code breaching}), as not
 * breaching ({@code notBreaching}), or not at all ({@code missing}, the default, and {@code ignore}); when every
 * period of the range lacks data, {@code missing} goes to INSUFFICIENT_DATA and {@code ignore} keeps the current
 * state. Otherwise the alarm is OK. Pure: the caller keeps the periods and applies the outcome.
 */
final class AlarmEvaluation {
  private AlarmEvaluation() {}

  /** The state an evaluation found, with CloudWatch's kind of {@code StateReason}. */
  record Outcome(AlarmState state, String reason) {}

  /**
   * Evaluates the alarm.
   *
   * @param alarm the alarm
   * @param periods the statistic of each of its last periods, oldest first (at most N; fewer at the start, the
   *     periods before its first one missing)
   * @param current the alarm's state now
   * @return the state it is in after this evaluation
   */
  static Outcome evaluate(MetricAlarm alarm, List<Optional<Double>> periods, AlarmState current) {
    int n = alarm.evaluationPeriods();
    int m = alarm.datapointsToAlarm().orElse(n);
    TreatMissingData missing = alarm.treatMissingData().orElse(TreatMissingData.MISSING);
    List<Optional<Double>> range = new ArrayList<>();
    for (int i = periods.size(); i < n; i++) {
      range.add(Optional.empty());
    }
    range.addAll(periods.subList(Math.max(0, periods.size() - n), periods.size()));
    int breaching = 0;
    int present = 0;
    List<String> shown = new ArrayList<>();
    for (Optional<Double> value : range) {
      if (value.isPresent()) {
        present++;
        breaching += alarm.comparisonOperator().breaches(value.get(), alarm.threshold()) ? 1 : 0;
        shown.add(format(value.get()));
      } else if (missing == TreatMissingData.BREACHING) {
        breaching++;
        shown.add("missing (breaching)");
      } else {
        shown.add("missing");
      }
    }
    if (breaching >= m) {
      return new Outcome(AlarmState.ALARM, "Threshold Crossed: " + breaching + " out of the last " + n
          + " datapoints " + shown + " " + (breaching == 1 ? "was " : "were ") + comparison(alarm) + " ("
          + format(alarm.threshold()) + ") (minimum " + m + " datapoint" + (m == 1 ? "" : "s")
          + " for OK -> ALARM transition).");
    }
    if (present == 0 && missing == TreatMissingData.MISSING) {
      return new Outcome(AlarmState.INSUFFICIENT_DATA, "Insufficient Data: " + n + " datapoint"
          + (n == 1 ? " was" : "s were") + " unknown.");
    }
    if (present == 0 && missing == TreatMissingData.IGNORE) {
      return new Outcome(current, "No datapoints: the alarm keeps its state (treatMissingData ignore).");
    }
    return new Outcome(AlarmState.OK, "Threshold Crossed: " + (n - breaching) + " out of the last " + n
        + " datapoints " + shown + " " + (n - breaching == 1 ? "was" : "were") + " not " + comparison(alarm) + " ("
        + format(alarm.threshold()) + ") (minimum " + (n - m + 1) + " datapoint" + (n - m + 1 == 1 ? "" : "s")
        + " for ALARM -> OK transition).");
  }

  private static String comparison(MetricAlarm alarm) {
    return switch (alarm.comparisonOperator()) {
      case GREATER_THAN_OR_EQUAL_TO_THRESHOLD -> "greater than or equal to the threshold";
      case GREATER_THAN_THRESHOLD -> "greater than the threshold";
      case LESS_THAN_THRESHOLD -> "less than the threshold";
      case LESS_THAN_OR_EQUAL_TO_THRESHOLD -> "less than or equal to the threshold";
    };
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%s", value);
  }
}

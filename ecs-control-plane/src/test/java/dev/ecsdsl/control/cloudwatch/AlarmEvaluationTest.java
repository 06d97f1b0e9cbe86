package dev.ecsdsl.control.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.control.services.AlarmState;
import dev.ecsdsl.model.ComparisonOperator;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.Statistic;
import dev.ecsdsl.model.TreatMissingData;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * CloudWatch's evaluation of an alarm (CloudWatch user guide, "Using Amazon CloudWatch alarms" → "Evaluating an
 * alarm", and "Configuring how CloudWatch alarms treat missing data").
 */
class AlarmEvaluationTest {
  private static MetricAlarm alarm(int n, Integer m, TreatMissingData missing) {
    MetricAlarm.Builder builder = MetricAlarm.builder().alarmName("web-5xx").namespace("AWS/ApplicationELB")
        .metricName("HTTPCode_Target_5XX_Count").statistic(Statistic.SUM).period(60).evaluationPeriods(n)
        .threshold(10).comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD);
    if (m != null) {
      builder.datapointsToAlarm(m);
    }
    if (missing != null) {
      builder.treatMissingData(missing);
    }
    return builder.build();
  }

  private static List<Optional<Double>> periods(Double... values) {
    return Arrays.stream(values).map(Optional::ofNullable).toList();
  }

  private static AlarmState evaluate(MetricAlarm alarm, AlarmState current, Double... values) {
    return AlarmEvaluation.evaluate(alarm, periods(values), current).state();
  }

  /** "Evaluating an alarm": M out of N — the alarm fires when M of the last N datapoints breach. */
  @Test
  void mOutOfNDatapointsBreachingPutTheAlarmInAlarm() {
    MetricAlarm twoOfThree = alarm(3, 2, null);
    assertThat(evaluate(twoOfThree, AlarmState.OK, 20.0, 1.0, 20.0)).isEqualTo(AlarmState.ALARM);
    assertThat(evaluate(twoOfThree, AlarmState.OK, 1.0, 1.0, 20.0)).isEqualTo(AlarmState.OK);
    // only the last N count
    assertThat(evaluate(twoOfThree, AlarmState.OK, 20.0, 20.0, 1.0, 1.0, 20.0)).isEqualTo(AlarmState.OK);
  }

  /** Without datapointsToAlarm, M is N: every period of the range must breach. */
  @Test
  void withoutDatapointsToAlarmEveryPeriodMustBreach() {
    MetricAlarm three = alarm(3, null, null);
    assertThat(evaluate(three, AlarmState.OK, 20.0, 20.0, 1.0)).isEqualTo(AlarmState.OK);
    assertThat(evaluate(three, AlarmState.OK, 20.0, 20.0, 20.0)).isEqualTo(AlarmState.ALARM);
  }

  /** The threshold is compared as the comparison operator says: equal is not greater. */
  @Test
  void theComparisonOperatorDecidesWhetherTheThresholdItselfBreaches() {
    assertThat(evaluate(alarm(1, null, null), AlarmState.OK, 10.0)).isEqualTo(AlarmState.OK);
    MetricAlarm orEqual = MetricAlarm.builder().from(alarm(1, null, null))
        .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD).build();
    assertThat(evaluate(orEqual, AlarmState.OK, 10.0)).isEqualTo(AlarmState.ALARM);
  }

  /** "missing" (the default): every datapoint of the range missing → INSUFFICIENT_DATA; a new alarm too. */
  @Test
  void missingDataByDefaultLeadsToInsufficientDataWhenTheWholeRangeIsMissing() {
    assertThat(evaluate(alarm(2, null, null), AlarmState.ALARM, null, null)).isEqualTo(AlarmState.INSUFFICIENT_DATA);
    assertThat(evaluate(alarm(2, null, null), AlarmState.OK)).isEqualTo(AlarmState.INSUFFICIENT_DATA);
    assertThat(evaluate(alarm(2, null, null), AlarmState.ALARM, null, 1.0)).isEqualTo(AlarmState.OK);
  }

  /** "breaching": missing datapoints count as breaching the threshold. */
  @Test
  void breachingTreatsMissingDatapointsAsBad() {
    assertThat(evaluate(alarm(2, null, TreatMissingData.BREACHING), AlarmState.OK, null, 20.0))
        .isEqualTo(AlarmState.ALARM);
  }

  /** "notBreaching": missing datapoints are good — a 5xx count that only exists when errors happen. */
  @Test
  void notBreachingTreatsMissingDatapointsAsGood() {
    assertThat(evaluate(alarm(1, null, TreatMissingData.NOT_BREACHING), AlarmState.ALARM, (Double) null))
        .isEqualTo(AlarmState.OK);
  }

  /** "ignore": the current alarm state is maintained when there is no data. */
  @Test
  void ignoreKeepsTheCurrentStateWithoutData() {
    assertThat(evaluate(alarm(1, null, TreatMissingData.IGNORE), AlarmState.ALARM, (Double) null))
        .isEqualTo(AlarmState.ALARM);
    assertThat(evaluate(alarm(1, null, TreatMissingData.IGNORE), AlarmState.OK, (Double) null))
        .isEqualTo(AlarmState.OK);
  }

  /** The state reason shows the datapoints and the threshold, as CloudWatch's "Threshold Crossed" reason. */
  @Test
  void theReasonShowsTheDatapointsAgainstTheThreshold() {
    AlarmEvaluation.Outcome outcome = AlarmEvaluation.evaluate(alarm(1, null, null), periods(15.0), AlarmState.OK);
    assertThat(outcome.reason()).isEqualTo("Threshold Crossed: 1 out of the last 1 datapoints [15.0] was greater"
        + " than the threshold (10.0) (minimum 1 datapoint for OK -> ALARM transition).");
  }

  /** Statistics over a period's samples: Sum, SampleCount, Average, Minimum, Maximum. */
  @Test
  void aPeriodsStatisticIsTakenFromItsSamples() {
    StatisticSet period = StatisticSet.ofCount(30).plus(StatisticSet.ofCount(10));
    assertThat(period.value(Statistic.SUM)).isEqualTo(40.0);
    assertThat(period.value(Statistic.SAMPLE_COUNT)).isEqualTo(40.0);
    assertThat(period.value(Statistic.AVERAGE)).isEqualTo(1.0);
    StatisticSet cpu = StatisticSet.of(20).plus(StatisticSet.of(60));
    assertThat(cpu.value(Statistic.AVERAGE)).isEqualTo(40.0);
    assertThat(cpu.value(Statistic.MINIMUM)).isEqualTo(20.0);
    assertThat(cpu.value(Statistic.MAXIMUM)).isEqualTo(60.0);
  }
}

package dev.ecsdsl.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schedule expressions as the EventBridge cron and rate references and Application Auto Scaling's
 * PutScheduledAction define them; every case cites the rule it checks.
 */
class ScheduleExpressionTest {
  private static final Instant NEW_YEAR = Instant.parse("2025-01-01T00:00:00Z");

  static ScheduleExpression rule(String text) {
    return ScheduleExpression.parse(text, ScheduleSyntax.EVENTBRIDGE_RULE);
  }

  static List<Instant> firings(ScheduleExpression e, Instant after, ZoneId zone, int count) {
    List<Instant> firings = new ArrayList<>();
    Instant t = after;
    for (int i = 0; i < count; i++) {
      Optional<Instant> next = e.next(t, zone);
      if (next.isEmpty()) {
        break;
      }
      firings.add(next.get());
      t = next.get();
    }
    return firings;
  }

  static List<Instant> utc(String... instants) {
    return java.util.Arrays.stream(instants).map(Instant::parse).toList();
  }

  @Nested
  class Rate {
    @Test
    void aRateStartsWhenTheRuleIsCreatedAndFiresEveryIntervalAfter() {
      // eb-rate-expressions: "A rate expression starts when you create the scheduled event rule"
      ScheduleExpression every5 = rule("rate(5 minutes)").startingAt(Instant.parse("2025-01-01T00:02:30Z"));
      assertThat(firings(every5, NEW_YEAR, ZoneOffset.UTC, 3))
          .isEqualTo(utc("2025-01-01T00:07:30Z", "2025-01-01T00:12:30Z", "2025-01-01T00:17:30Z"));
      assertThat(every5.next(Instant.parse("2025-01-01T00:12:30Z"), ZoneOffset.UTC))
          .contains(Instant.parse("2025-01-01T00:17:30Z"));
    }

    @ParameterizedTest
    @CsvSource({"rate(1 minute),PT1M", "rate(1 hour),PT1H", "rate(1 day),PT24H", "rate(12 hours),PT12H",
        "rate(7 days),PT168H"})
    void unitsAreMinutesHoursAndDays(String text, String interval) {
      assertThat(((RateExpression) rule(text)).interval()).hasToString(interval);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rate(1 hours)|a rate of 1 takes the singular unit: rate(1 hour)",
        "rate(5 hour)|a rate above 1 takes the plural unit: rate(5 hours)",
        "rate(0 minutes)|rate value 0 is not a positive number",
        "rate(2 weeks)|rate unit 'weeks' is not one of minute, minutes, hour, hours, day, days",
        "rate(1.5 hours)|rate takes a positive whole number and a unit, e.g. rate(5 minutes)",
        "rate(99999999999999999999 days)|rate value 99999999999999999999 is too large"})
    void theUnitIsSingularForOneAndPluralAbove(String text, String problem) {
      // eb-rate-expressions: "If the value is equal to 1, then the unit must be singular. If the value is greater
      // than 1, the unit must be plural."
      assertThat(ScheduleExpression.problem(text, ScheduleSyntax.EVENTBRIDGE_RULE)).contains(problem);
    }
  }

  @Nested
  class Cron {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the examples table of eb-cron-expressions
        "cron(0 10 * * ? *)|2025-01-01T10:00:00Z,2025-01-02T10:00:00Z,2025-01-03T10:00:00Z",
        "cron(15 12 * * ? *)|2025-01-01T12:15:00Z,2025-01-02T12:15:00Z,2025-01-03T12:15:00Z",
        "cron(0 18 ? * MON-FRI *)|2025-01-01T18:00:00Z,2025-01-02T18:00:00Z,2025-01-03T18:00:00Z,2025-01-06T18:00:00Z",
        "cron(0 8 1 * ? *)|2025-01-01T08:00:00Z,2025-02-01T08:00:00Z,2025-03-01T08:00:00Z",
        "cron(0/15 * * * ? *)|2025-01-01T00:15:00Z,2025-01-01T00:30:00Z,2025-01-01T00:45:00Z,2025-01-01T01:00:00Z",
        "cron(0/10 * ? * MON-FRI *)|2025-01-01T00:10:00Z,2025-01-01T00:20:00Z",
        "cron(0/5 8-17 ? * MON-FRI *)|2025-01-01T08:00:00Z,2025-01-01T08:05:00Z",
        "cron(0 9 ? * 2#1 *)|2025-01-06T09:00:00Z,2025-02-03T09:00:00Z,2025-03-03T09:00:00Z",
        // '/': "1/10 ... every tenth minute, starting from the first minute of the hour (11th, 21st, 31st ...)"
        "cron(1/10 * * * ? *)|2025-01-01T00:01:00Z,2025-01-01T00:11:00Z,2025-01-01T00:21:00Z",
        // 'L' in day-of-month: the last day of the month
        "cron(0 0 L * ? *)|2025-01-31T00:00:00Z,2025-02-28T00:00:00Z,2025-03-31T00:00:00Z",
        // 'L' alone in day-of-week: the last day of the week (7, SAT)
        "cron(0 0 ? * L *)|2025-01-04T00:00:00Z,2025-01-11T00:00:00Z",
        // 6L: the last Friday of the month (the example cron(15 10 ? * 6L 2022-2023) of eb-cron-expressions)
        "cron(15 10 ? * 6L 2025)|2025-01-31T10:15:00Z,2025-02-28T10:15:00Z,2025-03-28T10:15:00Z",
        // 'W': "3W specifies the weekday closest to the third day of the month"; 2025-02-01 is a Saturday
        "cron(0 0 1W 2,3 ? 2025)|2025-02-03T00:00:00Z,2025-03-03T00:00:00Z",
        // 15W: 2025-06-15 is a Sunday, so Monday the 16th; 30W: 2025-11-30 is a Sunday and the last day: Friday 28th
        "cron(0 0 15W JUN ? 2025)|2025-06-16T00:00:00Z",
        "cron(0 0 30W NOV ? 2025)|2025-11-28T00:00:00Z",
        // names and ranges, case-insensitive
        "cron(30 4 ? jan,Jul sun 2025)|2025-01-05T04:30:00Z,2025-01-12T04:30:00Z",
        // year: nothing after the last year
        "cron(0 0 1 1 ? 2025-2026)|2026-01-01T00:00:00Z"})
    void firesAtTheTimesTheFieldsName(String text, String expected) {
      List<Instant> want = utc(expected.split(","));
      assertThat(firings(rule(text), NEW_YEAR, ZoneOffset.UTC, want.size() + 1)).startsWith(want.toArray(Instant[]::new));
    }

    @Test
    void aCronWhoseYearsAreOverNeverFiresAgain() {
      assertThat(rule("cron(0 0 1 1 ? 2025-2026)").next(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
          .isEmpty();
      assertThat(rule("cron(0 0 31 2 ? *)").next(NEW_YEAR, ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void nextIsStrictlyAfterItsArgumentEvenInsideAMatchingMinute() {
      assertThat(rule("cron(0 2 * * ? *)").next(Instant.parse("2025-01-01T02:00:00Z"), ZoneOffset.UTC))
          .contains(Instant.parse("2025-01-02T02:00:00Z"));
      assertThat(rule("cron(* * * * ? *)").next(Instant.parse("2025-01-01T02:00:30Z"), ZoneOffset.UTC))
          .contains(Instant.parse("2025-01-01T02:01:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cron(0 12 * * ? )|cron takes 6 fields (minutes hours day-of-month month day-of-week year) but has 5",
        "cron(0 12 * * * *)|one of day-of-month and day-of-week must be '?'",
        "cron(0 12 ? * ? *)|day-of-month and day-of-week cannot both be '?'",
        "cron(60 12 * * ? *)|minutes value 60 is outside 0-59",
        "cron(0 24 * * ? *)|hours value 24 is outside 0-23",
        "cron(0 12 32 * ? *)|day-of-month value 32 is outside 1-31",
        "cron(0 12 ? 13 * *)|month value 13 is outside 1-12",
        "cron(0 12 ? * 8 *)|day-of-week value 8 is outside 1-7",
        "cron(0 12 * * ? 1969)|year value 1969 is outside 1970-2199",
        "cron(0 12 * FOO ? *)|'FOO' is not a month value (month takes 1-12 or JAN-DEC)",
        "cron(0 ? * * ? *)|'?' is not allowed in hours",
        "cron(0 12 ? * MON/2 *)|'/' is not allowed in day-of-week",
        "cron(0 12 L * ? L)|'L' is not allowed in year",
        "cron(0 12 ? * 3#1,6#3 *)|a day-of-week field with '#' holds that one expression only",
        "cron(0 12 ? * 3#6 *)|'3#6' is not day#n",
        "cron(0 12 LW * ? *)|'W' follows one day 1-31, as in 3W",
        "cron(0/0 12 * * ? *)|the step in minutes element '0/0' must be a whole number of at least 1",
        "cron(0,,5 12 * * ? *)|minutes field '0,,5' has an empty element between commas",
        "cron(0 12 ?,1 * * *)|'?' stands alone in day-of-month",
        "every 5 minutes|it is neither rate(value unit) nor cron(fields)",
        "at(2025-06-01T08:00:00)|at(...) is for Application Auto Scaling scheduled actions"})
    void aBadExpressionSaysWhatIsWrong(String text, String problem) {
      assertThatThrownBy(() -> rule(text)).isInstanceOf(InvalidScheduleExpressionException.class)
          .hasMessageStartingWith("schedule expression '" + text + "' is not valid: ")
          .hasMessageContaining(problem);
    }

    @Test
    void wrappingRangesRunOverTheEndOfTheField() {
      assertThat(firings(rule("cron(0 22-1 * * ? *)"), NEW_YEAR, ZoneOffset.UTC, 4))
          .isEqualTo(utc("2025-01-01T01:00:00Z", "2025-01-01T22:00:00Z", "2025-01-01T23:00:00Z",
              "2025-01-02T00:00:00Z"));
    }

    @Test
    void inATimeZoneALocalTimeFiresOnceAcrossDaylightSavingChanges() {
      ZoneId berlin = ZoneId.of("Europe/Berlin");
      ScheduleExpression twoThirty = ScheduleExpression.parse("cron(30 2 * * ? *)", ScheduleSyntax.APPLICATION_AUTO_SCALING);
      // 2025-03-30 02:00 CET jumps to 03:00 CEST: 02:30 does not exist that day
      assertThat(firings(twoThirty, Instant.parse("2025-03-29T00:00:00Z"), berlin, 2))
          .isEqualTo(utc("2025-03-29T01:30:00Z", "2025-03-31T00:30:00Z"));
      // 2025-10-26 03:00 CEST falls back to 02:00 CET: 02:30 happens twice and fires the first time only
      assertThat(firings(twoThirty, Instant.parse("2025-10-26T00:00:00Z"), berlin, 2))
          .isEqualTo(utc("2025-10-26T00:30:00Z", "2025-10-27T01:30:00Z"));
    }
  }

  @Nested
  class At {
    @Test
    void anAtFiresOnceInItsTimeZone() {
      // API_PutScheduledAction: "At expressions - at(yyyy-mm-ddThh:mm:ss)"; "use ... UTC by default"
      ScheduleExpression once = ScheduleExpression.parse("at(2025-06-01T08:00:00)",
          ScheduleSyntax.APPLICATION_AUTO_SCALING);
      assertThat(once.next(NEW_YEAR, ZoneOffset.UTC)).contains(Instant.parse("2025-06-01T08:00:00Z"));
      assertThat(once.next(NEW_YEAR, ZoneId.of("Pacific/Tahiti"))).contains(Instant.parse("2025-06-01T18:00:00Z"));
      assertThat(once.next(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "at(2025-06-01 08:00)|at takes a date and time as yyyy-mm-ddThh:mm:ss",
        "at(2025-02-30T08:00:00)|'2025-02-30T08:00:00' is not a date and time that exists",
        "every day|it is none of at(yyyy-mm-ddThh:mm:ss), rate(value unit) and cron(fields)"})
    void aBadAtSaysWhatIsWrong(String text, String problem) {
      assertThat(ScheduleExpression.problem(text, ScheduleSyntax.APPLICATION_AUTO_SCALING))
          .hasValueSatisfying(p -> assertThat(p).contains(problem));
    }
  }
}

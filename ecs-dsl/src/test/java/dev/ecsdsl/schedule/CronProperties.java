package dev.ecsdsl.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.schedule.CronModel.Any;
import dev.ecsdsl.schedule.CronModel.Element;
import dev.ecsdsl.schedule.CronModel.Last;
import dev.ecsdsl.schedule.CronModel.LastOf;
import dev.ecsdsl.schedule.CronModel.NearestWeekday;
import dev.ecsdsl.schedule.CronModel.Nth;
import dev.ecsdsl.schedule.CronModel.Question;
import dev.ecsdsl.schedule.CronModel.Range;
import dev.ecsdsl.schedule.CronModel.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of {@link CronExpression#next} over generated expressions, checked against {@link CronModel}, a
 * brute-force matcher that tries every minute (of every day whose date matches) between two firings.
 */
class CronProperties {
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  @Property(tries = 500)
  void nextIsStrictlyAfterMatchesTheFieldsAndSkipsNoMatchingMinute(@ForAll("expressions") CronModel model,
      @ForAll("starts") Instant start, @ForAll("zones") ZoneId zone) {
    CronExpression cron = (CronExpression) ScheduleExpression.parse(model.text(), ScheduleSyntax.EVENTBRIDGE_RULE);
    Instant after = start;
    for (int firing = 0; firing < 3; firing++) {
      Optional<Instant> next = cron.next(after, zone);
      LocalDateTime from = LocalDateTime.ofInstant(after, zone);
      Statistics.label("fires").collect(next.isPresent());
      if (next.isEmpty()) {
        assertThat(firstMatchAfter(model, from, LocalDateTime.of(2200, 1, 1, 0, 0))).as(model.text()).isEmpty();
        return;
      }
      Instant at = next.get();
      LocalDateTime local = LocalDateTime.ofInstant(at, zone);
      assertThat(at).as(model.text()).isAfter(after);
      assertThat(local.getSecond() + local.getNano()).as("whole minute").isZero();
      assertThat(model.matches(local)).as(model.text() + " matches " + local).isTrue();
      assertThat(cron.matches(local)).isTrue();
      assertThat(firstMatchAfter(model, from, local)).as(model.text() + " after " + from).contains(local);
      after = at;
    }
  }

  /**
   * Where daylight saving moves the clock, each local time fires once, at its first occurrence, and a local time
   * that the gap skips does not fire: checked instant by instant, minute by minute, over ten days.
   */
  @Property(tries = 150)
  void acrossDaylightSavingChangesEveryExistingLocalTimeFiresOnceAtItsFirstOccurrence(
      @ForAll("nightExpressions") CronModel model, @ForAll("nearTransitions") Instant start,
      @ForAll("daylightSavingZones") ZoneId zone) {
    CronExpression cron = (CronExpression) ScheduleExpression.parse(model.text(), ScheduleSyntax.EVENTBRIDGE_RULE);
    Instant after = start;
    for (int firing = 0; firing < 3; firing++) {
      Optional<Instant> next = cron.next(after, zone);
      Instant window = after.plus(Duration.ofDays(10));
      Instant until = next.filter(n -> n.isBefore(window)).orElse(window);
      for (Instant i = after.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)); i.isBefore(until);
          i = i.plus(Duration.ofMinutes(1))) {
        assertThat(firesAt(model, i, zone)).as(model.text() + " skipped " + i.atZone(zone)).isFalse();
      }
      if (next.isEmpty() || !next.get().isBefore(window)) {
        return;
      }
      assertThat(next.get()).isAfter(after);
      assertThat(firesAt(model, next.get(), zone)).as(model.text() + " fires at " + next.get().atZone(zone)).isTrue();
      after = next.get();
    }
  }

  /** The model fires at an instant when its local time matches and is that local time's first occurrence. */
  private static boolean firesAt(CronModel model, Instant instant, ZoneId zone) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
    return model.matches(local) && ZonedDateTime.ofLocal(local, zone, null).toInstant().equals(instant);
  }

  /** The first minute after {@code from} up to and including {@code until} that the model matches. */
  private static Optional<LocalDateTime> firstMatchAfter(CronModel model, LocalDateTime from, LocalDateTime until) {
    LocalDateTime t = from.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    while (!t.isAfter(until)) {
      LocalDate day = t.toLocalDate();
      if (!model.dayMatches(day)) {
        t = day.plusDays(1).atStartOfDay();
        continue;
      }
      if (model.matches(t)) {
        return Optional.of(t);
      }
      t = t.plusMinutes(1);
    }
    return Optional.empty();
  }

  @Provide
  Arbitrary<Instant> starts() {
    return Arbitraries.longs().between(Instant.parse("2024-12-01T00:00:00Z").getEpochSecond(),
        Instant.parse("2026-12-31T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
  }

  /** UTC as EventBridge rules run, and fixed offsets (daylight saving has its own example tests). */
  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZoneOffset.UTC, ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(-8));
  }

  @Provide
  Arbitrary<ZoneId> daylightSavingZones() {
    // Lord Howe moves its clocks by half an hour
    return Arbitraries.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"));
  }

  /** Up to three days either side of a 2025 daylight-saving change of one of the zones. */
  @Provide
  Arbitrary<Instant> nearTransitions() {
    return Combinators.combine(Arbitraries.of("2025-03-09T07:00:00Z", "2025-03-30T01:00:00Z", "2025-04-05T15:00:00Z",
        "2025-10-04T15:30:00Z", "2025-10-26T01:00:00Z", "2025-11-02T06:00:00Z"), Arbitraries.integers().between(
            -72 * 60, 72 * 60)).as((at, minutes) -> Instant.parse(at).plus(Duration.ofMinutes(minutes)));
  }

  /** Expressions whose hours lie in the night, where the clocks change. */
  @Provide
  Arbitrary<CronModel> nightExpressions() {
    Arbitrary<CronModel> any = expressions(list(Arbitraries.oneOf(range(0, 4, List.of()), Arbitraries.just(new Any()))));
    // every day, so that the nights of the changes come up often
    Arbitrary<CronModel> daily = any.map(m -> new CronModel(m.minutes(), m.hours(), List.of(new Any()), List.of(new Any()),
        List.of(new Question()), List.of(new Any())));
    return Arbitraries.oneOf(any, daily, daily);
  }

  @Provide
  Arbitrary<CronModel> expressions() {
    return expressions(list(plain(0, 23, List.of())));
  }

  private static Arbitrary<CronModel> expressions(Arbitrary<List<Element>> hourFields) {
    Arbitrary<List<Element>> dayOfMonth = list(Arbitraries.oneOf(plain(1, 31, List.of()),
        Arbitraries.just(new Last()), 
        // month ends and the 1st, where the closest weekday must not leave the month, come up often
        Arbitraries.oneOf(Arbitraries.of(1, 1, 28, 29, 30, 31), Arbitraries.integers().between(1, 31))
            .map(NearestWeekday::new)));
    Arbitrary<List<Element>> dayOfWeek = Arbitraries.oneOf(
        list(Arbitraries.oneOf(range(1, 7, DAYS), Arbitraries.just(new Any()), Arbitraries.just(new Last()),
            Arbitraries.integers().between(1, 7).map(LastOf::new))),
        Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.integers().between(1, 5))
            .as((d, n) -> List.<Element>of(new Nth(d, n))));
    Arbitrary<List<Element>> question = Arbitraries.just(List.of(new Question()));
    Arbitrary<List<Element>[]> days = Arbitraries.oneOf(
        Combinators.combine(dayOfMonth, question).as((m, w) -> pair(m, w)),
        Combinators.combine(question, dayOfWeek).as((m, w) -> pair(m, w)));
    Arbitrary<List<Element>> years = list(Arbitraries.oneOf(Arbitraries.just(new Any()), range(2024, 2030, List.of()),
        Arbitraries.integers().between(1, 3).map(s -> new Step(single(2025, List.of()), s))));
    return Combinators.combine(list(plain(0, 59, List.of())), hourFields, days,
        list(plain(1, 12, MONTHS)), years)
        .as((minutes, hours, d, months, y) -> new CronModel(minutes, hours, d[0], months, d[1], y));
  }

  @SuppressWarnings("unchecked")
  private static List<Element>[] pair(List<Element> dayOfMonth, List<Element> dayOfWeek) {
    return new List[] {dayOfMonth, dayOfWeek};
  }

  private static Arbitrary<List<Element>> list(Arbitrary<? extends Element> element) {
    return element.map(e -> (Element) e).list().ofMinSize(1).ofMaxSize(3);
  }

  /** {@code *}, values, ranges (wrapping too) and steps. */
  private static Arbitrary<Element> plain(int min, int max, List<String> names) {
    Arbitrary<Element> base = Arbitraries.oneOf(Arbitraries.just(new Any()), range(min, max, names));
    return Arbitraries.oneOf(base, base, Combinators.combine(base, Arbitraries.integers().between(1, max - min))
        .as(Step::new));
  }

  private static Arbitrary<Element> range(int min, int max, List<String> names) {
    return Combinators.combine(Arbitraries.integers().between(min, max), Arbitraries.integers().between(min, max),
        Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((a, b, single, named) -> single ? single(a, named ? names : List.of())
            : new Range(a, b, text(a, min, named ? names : List.of()), text(b, min, named ? names : List.of())));
  }

  private static Range single(int v, List<String> names) {
    return new Range(v, v, String.valueOf(v), String.valueOf(v));
  }

  private static String text(int v, int min, List<String> names) {
    return names.isEmpty() ? String.valueOf(v) : names.get(v - min);
  }
}

package dev.ecsdsl.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A rate fires one interval after its start and every interval from then on (eb-rate-expressions: "A rate
 * expression starts when you create the scheduled event rule"): next is strictly after its argument, on that grid,
 * and no grid point lies between the argument and it.
 */
class RateProperties {

  @Property(tries = 500)
  void nextIsTheFirstPointOfTheRatesGridAfterItsArgument(@ForAll("rates") String text,
      @ForAll("instants") Instant start, @ForAll("instants") Instant after) {
    RateExpression rate = (RateExpression) ScheduleExpression.parse(text, ScheduleSyntax.EVENTBRIDGE_RULE)
        .startingAt(start);
    Instant next = rate.next(after, ZoneOffset.UTC).orElseThrow();

    assertThat(next).isAfter(after);
    Duration sinceStart = Duration.between(start, next);
    assertThat(sinceStart).isPositive();
    assertThat(sinceStart.toSeconds() % rate.interval().toSeconds()).isZero();
    Instant previous = next.minus(rate.interval());
    assertThat(previous.equals(start) || !previous.isAfter(after)).as("the grid point before is not after " + after)
        .isTrue();
  }

  @Provide
  Arbitrary<String> rates() {
    Arbitrary<String> one = Arbitraries.of("rate(1 minute)", "rate(1 hour)", "rate(1 day)");
    Arbitrary<String> more = Arbitraries.integers().between(2, 5000).flatMap(n ->
        Arbitraries.of("minutes", "hours", "days").map(unit -> "rate(" + n + " " + unit + ")"));
    return Arbitraries.oneOf(one, more);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond(),
        Instant.parse("2027-01-01T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
  }

  @Property(tries = 100)
  void consecutiveFiringsAreOneIntervalApart(@ForAll @IntRange(min = 2, max = 90) int minutes,
      @ForAll("instants") Instant start) {
    ScheduleExpression rate = ScheduleExpression.parse("rate(" + minutes + " minutes)", ScheduleSyntax.EVENTBRIDGE_RULE)
        .startingAt(start);
    Instant first = rate.next(start, ZoneOffset.UTC).orElseThrow();
    Instant second = rate.next(first, ZoneOffset.UTC).orElseThrow();
    assertThat(first).isEqualTo(start.plus(Duration.ofMinutes(minutes)));
    assertThat(Duration.between(first, second)).isEqualTo(Duration.ofMinutes(minutes));
  }
}

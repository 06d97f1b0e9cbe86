package dev.ecsdsl.cql;

import dev.ecsdsl.cql.Expression.And;
import dev.ecsdsl.cql.Expression.Comparison;
import dev.ecsdsl.cql.Expression.Existence;
import dev.ecsdsl.cql.Expression.Match;
import dev.ecsdsl.cql.Expression.Membership;
import dev.ecsdsl.cql.Expression.Not;
import dev.ecsdsl.cql.Expression.Or;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for valid expression trees and for instances they are evaluated against. */
final class ExpressionArbitraries {
  static final List<String> ATTRIBUTE_NAMES = List.of("ecs.instance-type", "stack", "cpu", "dir/sub\\x_1");
  static final List<String> VALUES =
      List.of(
          "t2.small", "t2.micro", "g2.2xlarge", "us-east-1a", "prod", "1", "1.0", "16", "4", "-2", "0.5", "",
          "database", "service:web", "i-abcd1234", "a b", "it's", "and");
  static final List<String> PATTERNS =
      List.of(
          ".*", "t2.*", "t2\\..*", "t2", "prod", ".*a.*", "(t|g)2\\.[a-z0-9]+", "[0-9]+", "-?[0-9]+(\\.[0-9]+)?",
          "service:.*", "", "i-.*", "a b", "it's.*");
  static final List<String> GROUPS = List.of("database", "service:web", "family:batch", "prod", "1");
  static final List<String> VERSIONS = List.of("1.14.5", "1.14", "1.9.0", "2.0.0", "1.14.5.1", "1.14.05", "10", "1.x");
  private static final String SPECIAL_CHARACTERS = "azAZ09 .-_:/\\*'\"()[],=!<>&|~\t@#";

  private ExpressionArbitraries() {}

  /** Trees up to depth 4 with any subject, operator and value the language can express. */
  static Arbitrary<Expression> expressions(boolean anyText) {
    return Arbitraries.recursive(
        () -> conditions(anyText),
        inner ->
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, inner),
                net.jqwik.api.Tuple.of(3, Combinators.combine(inner, inner).as((l, r) -> (Expression) new And(l, r))),
                net.jqwik.api.Tuple.of(3, Combinators.combine(inner, inner).as((l, r) -> (Expression) new Or(l, r))),
                net.jqwik.api.Tuple.of(2, inner.map(e -> (Expression) new Not(e)))),
        0,
        4);
  }

  static Arbitrary<Expression> conditions(boolean anyText) {
    return subjects(anyText)
        .flatMap(
            subject ->
                Arbitraries.of(List.copyOf(subject.validOperators()))
                    .flatMap(operator -> condition(subject, operator, anyText)));
  }

  private static Arbitrary<Subject> subjects(boolean anyText) {
    Arbitrary<Subject> pooled = Arbitraries.of(ATTRIBUTE_NAMES).map(Subject.Attribute::new);
    Arbitrary<Subject> fields = Arbitraries.of(Subject.Field.values());
    if (!anyText) {
      return Arbitraries.oneOf(pooled, fields);
    }
    Arbitrary<Subject> random =
        Arbitraries.strings()
            .withChars("abcXYZ0189._/\\-")
            .ofMinLength(1)
            .ofMaxLength(128)
            .map(Subject.Attribute::new);
    return Arbitraries.oneOf(pooled, fields, random);
  }

  private static Arbitrary<Expression> condition(Subject subject, Operator operator, boolean anyText) {
    switch (operator) {
      case EXISTS:
      case NOT_EXISTS:
        return Arbitraries.just(new Existence(subject, operator == Operator.NOT_EXISTS));
      case IN:
      case NOT_IN:
        return values(subject, anyText)
            .list()
            .ofMinSize(1)
            .ofMaxSize(10)
            .map(values -> new Membership(subject, operator == Operator.NOT_IN, values));
      case MATCHES:
      case NOT_MATCHES:
        return patterns(anyText).map(pattern -> new Match(subject, operator == Operator.NOT_MATCHES, pattern));
      default:
        return values(subject, anyText).map(value -> new Comparison(subject, operator, value));
    }
  }

  private static Arbitrary<Value> values(Subject subject, boolean anyText) {
    if (subject == Subject.Field.REGISTERED_AT) {
      return dates();
    }
    if (subject == Subject.Field.RUNNING_TASKS_COUNT) {
      return Arbitraries.oneOf(Arbitraries.integers().between(-3, 12), Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L))
          .map(n -> Value.of(String.valueOf(n)));
    }
    if (subject == Subject.Field.AGENT_CONNECTED) {
      return Arbitraries.of("true", "false").map(Value::of);
    }
    if (subject == Subject.Field.AGENT_VERSION) {
      return Arbitraries.of(VERSIONS).map(Value::of);
    }
    List<Arbitrary<String>> texts = new ArrayList<>();
    texts.add(Arbitraries.of(VALUES));
    texts.add(Arbitraries.of(GROUPS));
    texts.add(numbers());
    if (anyText) {
      texts.add(Arbitraries.strings().withChars(SPECIAL_CHARACTERS).ofMaxLength(10));
      texts.add(Arbitraries.strings().all().ofMaxLength(6));
    }
    return Arbitraries.oneOf(texts).filter(ExpressionArbitraries::expressible).map(Value::of);
  }

  static boolean expressible(String text) {
    return text.indexOf('\'') < 0 || text.indexOf('"') < 0;
  }

  static Arbitrary<String> numbers() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25);
    return Combinators.combine(Arbitraries.of("", "-"), digits, Arbitraries.of("", "."), digits)
        .as((sign, integer, point, fraction) -> sign + integer + (point.isEmpty() ? "" : "." + fraction));
  }

  private static Arbitrary<Value> patterns(boolean anyText) {
    List<Arbitrary<String>> patterns = new ArrayList<>();
    patterns.add(Arbitraries.of(PATTERNS));
    patterns.add(Arbitraries.of(VALUES).filter(ExpressionArbitraries::expressible).map(v -> Pattern.quote(v) + ".*"));
    if (anyText) {
      patterns.add(
          Arbitraries.strings().withChars(SPECIAL_CHARACTERS).ofMaxLength(10).filter(ExpressionArbitraries::expressible)
              .map(Pattern::quote));
    }
    return Arbitraries.oneOf(patterns).filter(ExpressionArbitraries::expressible).map(Value::of);
  }

  private static Arbitrary<Value> dates() {
    Arbitrary<LocalDateTime> times =
        Arbitraries.longs()
            .between(1_500_000_000L, 1_560_000_000L)
            .map(seconds -> LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
    return Combinators.combine(times, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(-12, 14))
        .as(
            (time, format, offsetHours) -> {
              switch (format) {
                case 0:
                  return time.toLocalDate().toString();
                case 1:
                  return time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
                case 2:
                  return time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")) + "Z";
                default:
                  return time.atOffset(ZoneOffset.ofHours(offsetHours))
                      .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx"));
              }
            })
        .map(Value::of);
  }

  /** Instances drawing attribute values, groups and versions from the same pools as the queries. */
  static Arbitrary<TestInstance> instances() {
    Arbitrary<Map<String, String>> attributes =
        Arbitraries.of(ATTRIBUTE_NAMES)
            .set()
            .flatMap(
                names ->
                    Arbitraries.oneOf(Arbitraries.of(VALUES), numbers())
                        .list()
                        .ofSize(names.size())
                        .map(
                            values -> {
                              Map<String, String> map = new HashMap<>();
                              int i = 0;
                              for (String name : names) {
                                map.put(name, values.get(i++));
                              }
                              return Map.copyOf(map);
                            }));
    Arbitrary<Set<String>> groups = Arbitraries.of(GROUPS).set().ofMaxSize(3);
    Arbitrary<String> ids = Arbitraries.of("i-abcd1234", "i-wxyx7890", "t2.small").injectNull(0.1);
    Arbitrary<String> versions = Arbitraries.of(VERSIONS).injectNull(0.1);
    Arbitrary<Instant> registered =
        Arbitraries.longs()
            .between(1_500_000_000_000L, 1_560_000_000_000L)
            .map(Instant::ofEpochMilli)
            .injectNull(0.1);
    return Combinators.combine(
            attributes, ids, Arbitraries.of(true, false), versions, Arbitraries.integers().between(0, 10), registered, groups)
        .as(TestInstance::new);
  }
}

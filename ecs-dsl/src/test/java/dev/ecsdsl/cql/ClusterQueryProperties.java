package dev.ecsdsl.cql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.cql.Expression.Not;
import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ClusterQueryProperties {

  @Property(tries = 1000)
  void canonicalTextReparsesToAnEqualTree(@ForAll("anyExpression") Expression tree) {
    String canonical = ClusterQuery.of(tree).canonical();

    ClusterQuery reparsed = ClusterQuery.parse(canonical);

    assertThat(reparsed.expression()).isEqualTo(tree);
    assertThat(reparsed.canonical()).isEqualTo(canonical);
  }

  @Property(tries = 1000)
  void everySpellingOfATreeParsesToThatTree(@ForAll("anyExpression") Expression tree, @ForAll Random random) {
    String noisy = NoisyPrinter.print(tree, random);

    assertThat(ClusterQuery.parse(noisy).expression()).as(noisy).isEqualTo(tree);
  }

  @Property(tries = 1000)
  void compiledEvaluationAgreesWithTheReferenceSemantics(
      @ForAll("pooledExpression") Expression tree, @ForAll("instance") TestInstance instance) {
    ClusterQuery query = ClusterQuery.of(tree);

    assertThat(query.matches(instance)).isEqualTo(ReferenceEvaluator.evaluate(tree, instance));
    assertThat(ClusterQuery.of(new Not(tree)).matches(instance)).isEqualTo(!query.matches(instance));
  }

  @Property(tries = 1000)
  void fastRegexPathsAgreeWithJavaUtilRegex(@ForAll("pattern") String regex, @ForAll("regexInput") String value) {
    assertThat(RegexMatcher.compile(regex).matches(value)).isEqualTo(Pattern.matches(regex, value));
  }

  @Property(tries = 1000)
  void decimalComparisonAgreesWithBigDecimal(@ForAll("number") String a, @ForAll("number") String b) {
    assertThat(DecimalNumbers.isNumber(a)).isTrue();
    assertThat(Integer.signum(DecimalNumbers.compare(a, b))).isEqualTo(new BigDecimal(a).compareTo(new BigDecimal(b)));
  }

  @Property(tries = 500)
  void versionComparisonAgreesWithTheReference(@ForAll("version") String a, @ForAll("version") String b) {
    int order = Integer.signum(AgentVersions.compare(a, b));

    assertThat(order).isEqualTo(Integer.signum(ReferenceEvaluator.compareVersions(a, b)));
    assertThat(Integer.signum(AgentVersions.compare(b, a))).isEqualTo(-order);
  }

  @Provide
  Arbitrary<Expression> anyExpression() {
    return ExpressionArbitraries.expressions(true);
  }

  @Provide
  Arbitrary<Expression> pooledExpression() {
    return ExpressionArbitraries.expressions(false);
  }

  @Provide
  Arbitrary<TestInstance> instance() {
    return ExpressionArbitraries.instances();
  }

  @Provide
  Arbitrary<String> pattern() {
    Arbitrary<String> literal = Arbitraries.strings().withChars("abt2.-_: \n").ofMaxLength(5);
    return Arbitraries.oneOf(
        literal.filter(s -> !s.contains(".")),
        literal.filter(s -> !s.contains(".")).map(s -> s + ".*"),
        literal.map(s -> s + ".*"),
        Arbitraries.of(ExpressionArbitraries.PATTERNS));
  }

  @Provide
  Arbitrary<String> regexInput() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abt2.-_: \n\r\u2028").ofMaxLength(8),
        Arbitraries.of(ExpressionArbitraries.VALUES));
  }

  @Provide
  Arbitrary<String> number() {
    return Arbitraries.oneOf(
        ExpressionArbitraries.numbers(), Arbitraries.of("0", "-0", "0.0", "-0.000", "00012.5000", "12.5", "-12.50"));
  }

  @Provide
  Arbitrary<String> version() {
    return Arbitraries.oneOf(
        Arbitraries.of(ExpressionArbitraries.VERSIONS),
        Arbitraries.strings().withChars("0129.x").ofMaxLength(8));
  }
}

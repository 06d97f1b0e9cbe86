package dev.ecsdsl.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.cql.Expression.And;
import dev.ecsdsl.cql.Expression.Comparison;
import dev.ecsdsl.cql.Expression.Existence;
import dev.ecsdsl.cql.Expression.Match;
import dev.ecsdsl.cql.Expression.Membership;
import dev.ecsdsl.cql.Expression.Not;
import dev.ecsdsl.cql.Expression.Or;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {
  private static final Subject.Attribute A = new Subject.Attribute("a");
  private static final Subject.Attribute B = new Subject.Attribute("b");
  private static final Subject.Attribute C = new Subject.Attribute("c");

  private static Expression parse(String text) {
    return ClusterQuery.parse(text).expression();
  }

  private static Comparison eq(Subject.Attribute subject, String value) {
    return new Comparison(subject, Operator.EQUALS, Value.of(value));
  }

  @ParameterizedTest(name = "{0} and {1} are the same operator")
  @CsvSource({
    "==, equals, EQUALS",
    "!=, not_equals, NOT_EQUALS",
    ">, greater_than, GREATER_THAN",
    ">=, greater_than_equal, GREATER_THAN_EQUAL",
    "<, less_than, LESS_THAN",
    "<=, less_than_equal, LESS_THAN_EQUAL",
  })
  void comparisonOperatorsAndTheirWordAliases(String symbol, String word, Operator operator) {
    Expression expected = new Comparison(A, operator, Value.of("5"));

    assertThat(parse("attribute:a " + symbol + " 5")).isEqualTo(expected);
    assertThat(parse("attribute:a " + word + " 5")).isEqualTo(expected);
    assertThat(parse("attribute:a" + symbol + "5")).as("symbols need no spaces").isEqualTo(expected);
    assertThat(ClusterQuery.parse("attribute:a " + word + " 5").canonical()).isEqualTo("attribute:a " + symbol + " 5");
  }

  @Test
  void existenceOperators() {
    assertThat(parse("attribute:a exists")).isEqualTo(new Existence(A, false));
    assertThat(parse("attribute:a !exists")).isEqualTo(new Existence(A, true));
    assertThat(parse("attribute:a not_exists")).isEqualTo(new Existence(A, true));
    assertThat(ClusterQuery.parse("attribute:a not_exists").canonical()).isEqualTo("attribute:a !exists");
  }

  @Test
  void membershipOperators() {
    Membership in = new Membership(A, false, List.of(Value.of("x"), Value.of("y")));
    Membership notIn = new Membership(A, true, List.of(Value.of("x"), Value.of("y")));

    assertThat(parse("attribute:a in [x, y]")).isEqualTo(in);
    assertThat(parse("attribute:a in[x,y]")).isEqualTo(in);
    assertThat(parse("attribute:a !in [x, y]")).isEqualTo(notIn);
    assertThat(parse("attribute:a not_in [ x , y ]")).isEqualTo(notIn);
    assertThat(parse("attribute:a in [x]")).isEqualTo(new Membership(A, false, List.of(Value.of("x"))));
    assertThat(ClusterQuery.parse("attribute:a not_in [x,y]").canonical()).isEqualTo("attribute:a !in [x, y]");
  }

  @Test
  void matchOperators() {
    assertThat(parse("attribute:a =~ t2.*")).isEqualTo(new Match(A, false, Value.of("t2.*")));
    assertThat(parse("attribute:a matches t2.*")).isEqualTo(new Match(A, false, Value.of("t2.*")));
    assertThat(parse("attribute:a !~ t2.*")).isEqualTo(new Match(A, true, Value.of("t2.*")));
    assertThat(parse("attribute:a not_matches t2.*")).isEqualTo(new Match(A, true, Value.of("t2.*")));
    assertThat(parse("attribute:a =~ 't2\\.(micro|small)'"))
        .isEqualTo(new Match(A, false, Value.of("t2\\.(micro|small)")));
  }

  @Test
  void everyDocumentedSpellingIsRecognised() {
    assertThat(Arrays.stream(Operator.values()).flatMap(operator -> operator.spellings().stream()))
        .containsExactlyInAnyOrder(
            "==", "equals", "!=", "not_equals", ">", "greater_than", ">=", "greater_than_equal", "<",
            "less_than", "<=", "less_than_equal", "exists", "!exists", "not_exists", "in", "!in", "not_in",
            "=~", "matches", "!~", "not_matches");
    for (Operator operator : Operator.values()) {
      for (String spelling : operator.spellings()) {
        assertThat(Operator.fromSpelling(spelling)).contains(operator);
      }
    }
  }

  @Test
  void booleanOperatorsAndTheirSymbols() {
    Expression and = new And(eq(A, "1"), eq(B, "2"));
    Expression or = new Or(eq(A, "1"), eq(B, "2"));

    assertThat(parse("attribute:a == 1 and attribute:b == 2")).isEqualTo(and);
    assertThat(parse("attribute:a == 1 && attribute:b == 2")).isEqualTo(and);
    assertThat(parse("attribute:a==1&&attribute:b==2")).isEqualTo(and);
    assertThat(parse("attribute:a == 1 or attribute:b == 2")).isEqualTo(or);
    assertThat(parse("attribute:a == 1 || attribute:b == 2")).isEqualTo(or);
    assertThat(parse("not attribute:a == 1")).isEqualTo(new Not(eq(A, "1")));
    assertThat(parse("!attribute:a == 1")).isEqualTo(new Not(eq(A, "1")));
    assertThat(parse("!(attribute:a == 1)")).isEqualTo(new Not(eq(A, "1")));
    assertThat(parse("!!attribute:a == 1")).isEqualTo(new Not(new Not(eq(A, "1"))));
    assertThat(parse("not not(attribute:a == 1)")).isEqualTo(new Not(new Not(eq(A, "1"))));
  }

  @Test
  void andBindsTighterThanOr() {
    assertThat(parse("attribute:a == 1 or attribute:b == 2 and attribute:c == 3"))
        .isEqualTo(new Or(eq(A, "1"), new And(eq(B, "2"), eq(C, "3"))));
    assertThat(parse("attribute:a == 1 and attribute:b == 2 or attribute:c == 3"))
        .isEqualTo(new Or(new And(eq(A, "1"), eq(B, "2")), eq(C, "3")));
  }

  @Test
  void notBindsTighterThanAnd() {
    assertThat(parse("not attribute:a == 1 and attribute:b == 2"))
        .isEqualTo(new And(new Not(eq(A, "1")), eq(B, "2")));
    assertThat(parse("not (attribute:a == 1 and attribute:b == 2)"))
        .isEqualTo(new Not(new And(eq(A, "1"), eq(B, "2"))));
  }

  @Test
  void parenthesesOverridePrecedence() {
    assertThat(parse("(attribute:a == 1 or attribute:b == 2) and attribute:c == 3"))
        .isEqualTo(new And(new Or(eq(A, "1"), eq(B, "2")), eq(C, "3")));
    assertThat(parse("((attribute:a == 1))")).isEqualTo(eq(A, "1"));
  }

  @Test
  void binaryOperatorsAreLeftAssociative() {
    assertThat(parse("attribute:a == 1 and attribute:b == 2 and attribute:c == 3"))
        .isEqualTo(new And(new And(eq(A, "1"), eq(B, "2")), eq(C, "3")));
    assertThat(parse("attribute:a == 1 or attribute:b == 2 or attribute:c == 3"))
        .isEqualTo(new Or(new Or(eq(A, "1"), eq(B, "2")), eq(C, "3")));
  }

  @Test
  void canonicalFormUsesMinimalParentheses() {
    assertThat(ClusterQuery.of(new And(eq(A, "1"), new And(eq(B, "2"), eq(C, "3")))).canonical())
        .isEqualTo("attribute:a == 1 and (attribute:b == 2 and attribute:c == 3)");
    assertThat(ClusterQuery.of(new And(new And(eq(A, "1"), eq(B, "2")), eq(C, "3"))).canonical())
        .isEqualTo("attribute:a == 1 and attribute:b == 2 and attribute:c == 3");
    assertThat(ClusterQuery.of(new Or(eq(A, "1"), new And(eq(B, "2"), eq(C, "3")))).canonical())
        .isEqualTo("attribute:a == 1 or attribute:b == 2 and attribute:c == 3");
    assertThat(ClusterQuery.of(new And(new Or(eq(A, "1"), eq(B, "2")), new Not(eq(C, "3")))).canonical())
        .isEqualTo("(attribute:a == 1 or attribute:b == 2) and not(attribute:c == 3)");
    assertThat(ClusterQuery.parse("  attribute:a   equals 1\t\n").canonical()).isEqualTo("attribute:a == 1");
  }

  @Test
  void valuesAreQuotedOnlyWhenNeeded() {
    assertThat(ClusterQuery.parse("attribute:a == 'x'").canonical()).isEqualTo("attribute:a == x");
    assertThat(ClusterQuery.parse("attribute:a == \"x\"").canonical()).isEqualTo("attribute:a == x");
    assertThat(ClusterQuery.parse("attribute:a == 'hello world'").canonical()).isEqualTo("attribute:a == 'hello world'");
    assertThat(ClusterQuery.parse("attribute:a == \"it's\"").canonical()).isEqualTo("attribute:a == \"it's\"");
    assertThat(ClusterQuery.parse("attribute:a == ''").canonical()).isEqualTo("attribute:a == ''");
    assertThat(ClusterQuery.parse("attribute:a == 'x==y'").canonical()).isEqualTo("attribute:a == 'x==y'");
    assertThat(ClusterQuery.parse("attribute:a in ['(', ',', ']']").canonical())
        .isEqualTo("attribute:a in ['(', ',', ']']");
  }

  @Test
  void reservedWordsAreValuesOnlyWhenQuoted() {
    assertThat(parse("attribute:a == 'and'")).isEqualTo(eq(A, "and"));
    assertThat(parse("attribute:a in ['or', \"not\", in, exists]"))
        .isEqualTo(
            new Membership(A, false, List.of(Value.of("or"), Value.of("not"), Value.of("in"), Value.of("exists"))));
    assertThat(ClusterQuery.parse("attribute:a in ['or', \"not\", in, exists]").canonical())
        .isEqualTo("attribute:a in ['or', 'not', in, exists]");
  }

  @Test
  void bareValuesTakeDatesVersionsWildcardsAndColons() {
    assertThat(parse("registeredAt >= 2018-06-18T22:28:28+00:00"))
        .isEqualTo(new Comparison(Subject.Field.REGISTERED_AT, Operator.GREATER_THAN_EQUAL, Value.of("2018-06-18T22:28:28+00:00")));
    assertThat(parse("task:group == service:production"))
        .isEqualTo(new Comparison(Subject.Field.TASK_GROUP, Operator.EQUALS, Value.of("service:production")));
    assertThat(parse("attribute:path == /opt/data\\x"))
        .isEqualTo(new Comparison(new Subject.Attribute("path"), Operator.EQUALS, Value.of("/opt/data\\x")));
  }

  @Test
  void attributeNamesFollowTheEcsRules() {
    assertThat(parse("attribute:My_Attr/with\\slashes-1.2 exists"))
        .isEqualTo(new Existence(new Subject.Attribute("My_Attr/with\\slashes-1.2"), false));
    assertThatThrownBy(() -> new Subject.Attribute("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Subject.Attribute("a".repeat(129))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Subject.Attribute("a:b")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyBuiltInSubjectParses() {
    assertThat(parse("agentConnected != false")).isEqualTo(new Comparison(Subject.Field.AGENT_CONNECTED, Operator.NOT_EQUALS, Value.of("false")));
    assertThat(parse("agentVersion >= 1.2")).isEqualTo(new Comparison(Subject.Field.AGENT_VERSION, Operator.GREATER_THAN_EQUAL, Value.of("1.2")));
    assertThat(parse("ec2InstanceId =~ i-.*")).isEqualTo(new Match(Subject.Field.EC2_INSTANCE_ID, false, Value.of("i-.*")));
    assertThat(parse("registeredAt > 2018-06-18")).isEqualTo(new Comparison(Subject.Field.REGISTERED_AT, Operator.GREATER_THAN, Value.of("2018-06-18")));
    assertThat(parse("runningTasksCount <= 3")).isEqualTo(new Comparison(Subject.Field.RUNNING_TASKS_COUNT, Operator.LESS_THAN_EQUAL, Value.of("3")));
    assertThat(parse("task:group exists")).isEqualTo(new Existence(Subject.Field.TASK_GROUP, false));
  }

  @Test
  void queriesAreEqualByTreeNotBySpelling() {
    ClusterQuery symbols = ClusterQuery.parse("attribute:a == 1 && !(attribute:b != 2)");
    ClusterQuery words = ClusterQuery.parse("attribute:a equals '1' and not attribute:b not_equals \"2\"");

    assertThat(symbols).isEqualTo(words).hasSameHashCodeAs(words);
    assertThat(symbols.source()).isNotEqualTo(words.source());
    assertThat(symbols.toString()).isEqualTo(words.canonical()).isEqualTo("attribute:a == 1 and not(attribute:b != 2)");
  }

  @Test
  void programmaticTreesAreValidatedLikeParsedOnes() {
    assertThatThrownBy(() -> ClusterQuery.of(new Match(Subject.Field.RUNNING_TASKS_COUNT, false, Value.of("1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not valid for runningTasksCount");
    assertThatThrownBy(() -> ClusterQuery.of(new Comparison(Subject.Field.REGISTERED_AT, Operator.LESS_THAN, Value.of("soon"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("registeredAt expects a date");
    assertThatThrownBy(() -> new Comparison(A, Operator.IN, Value.of("x"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Membership(A, false, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Value.of("'\"")).isInstanceOf(IllegalArgumentException.class);
  }
}

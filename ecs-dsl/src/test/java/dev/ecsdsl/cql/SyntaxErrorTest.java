package dev.ecsdsl.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntaxErrorTest {

  private static CqlSyntaxException error(String expression) {
    Throwable error = catchThrowable(() -> ClusterQuery.parse(expression));
    assertThat(error).as("parsing <%s> should fail", expression).isInstanceOf(CqlSyntaxException.class);
    return (CqlSyntaxException) error;
  }

  @Test
  void messageNamesTheColumnAndPointsAtIt() {
    CqlSyntaxException error = error("attribute:ecs.zone in");

    assertThat(error).isInstanceOf(IllegalArgumentException.class);
    assertThat(error.column()).isEqualTo(22);
    assertThat(error.expression()).isEqualTo("attribute:ecs.zone in");
    assertThat(error.reason()).isEqualTo("expected '[' to start the argument list after 'in', found end of expression");
    assertThat(error.getMessage())
        .isEqualTo(
            "Cluster Query Language syntax error at column 22: expected '[' to start the argument list after 'in', found end of expression\n"
                + "  attribute:ecs.zone in\n"
                + "                       ^");
  }

  @Test
  void caretStaysAlignedWhenTheExpressionHasNewlines() {
    CqlSyntaxException error = error("attribute:a == 1\nand");

    assertThat(error.column()).isEqualTo(21);
    assertThat(error.getMessage()).endsWith("\n  attribute:a == 1 and\n" + " ".repeat(22) + "^");
  }

  @ParameterizedTest(name = "[{index}] <{0}> fails at column {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // unclosed parenthesis
        "(attribute:stack == prod                  | 25 | expected ')' to close the '(' at column 1, found end of expression",
        "not((attribute:a == 1) and attribute:b == 2 | 44 | expected ')' to close the '(' at column 4",
        // missing value
        "attribute:stack ==                        | 19 | expected a value after '==', found end of expression",
        "attribute:stack == and attribute:b == 1   | 20 | expected a value after '==', found 'and'",
        "attribute:stack == )                      | 20 | expected a value after '==', found ')'",
        "attribute:stack =~                        | 19 | expected a value after '=~'",
        "attribute:stack == [a]                    | 20 | operator '==' takes a single value, not an argument list",
        // unknown operator
        "attribute:stack like prod                 | 17 | unknown operator 'like'",
        "attribute:stack === prod                  | 17 | unknown operator '==='",
        "attribute:stack = prod                    | 17 | unknown operator '='",
        "attribute:stack not in [prod]             | 17 | 'not in' is written not_in or !in",
        "attribute:stack                           | 16 | expected an operator after 'attribute:stack', found end of expression",
        "attribute:stack 'prod'                    | 17 | expected an operator after 'attribute:stack', found quoted value prod",
        // trailing garbage
        "attribute:stack == prod staging           | 25 | expected 'and', 'or' or end of expression, found 'staging'",
        "attribute:stack == prod)                  | 24 | expected 'and', 'or' or end of expression, found ')'",
        "attribute:a exists attribute:b exists     | 20 | expected 'and', 'or' or end of expression, found 'attribute:b'",
        // missing operand
        "attribute:a == 1 and                      | 21 | expected a subject",
        "not                                       | 4  | expected a subject",
        "attribute:a == 1 or or attribute:b exists | 21 | expected a subject",
        "()                                        | 2  | expected a subject",
        // bad list
        "attribute:stack in [a, ]                  | 24 | expected a value in the argument list, found ']'",
        "attribute:stack in []                     | 21 | expected a value in the argument list, found ']'",
        "attribute:stack in [a b]                  | 23 | expected ',' or ']' in the argument list opened at column 20, found 'b'",
        "attribute:stack in [a, b                  | 25 | expected ',' or ']' in the argument list opened at column 20, found end of expression",
        "attribute:stack in (a, b)                 | 20 | expected '[' to start the argument list after 'in', found '('",
        "attribute:stack !in prod                  | 21 | expected '[' to start the argument list after '!in', found 'prod'",
        "attribute:stack in [a,, b]                | 23 | expected a value in the argument list, found ','",
        // unknown or malformed subject
        "instanceType == t2.small                  | 1  | unknown subject 'instanceType'",
        "attribute:ecs@type == x                   | 11 | invalid attribute name 'ecs@type'",
        "attribute: exists                         | 11 | invalid attribute name ''",
        "'attribute:a' == x                        | 1  | expected a subject",
        "and attribute:a exists                    | 1  | expected a subject",
        // operator or value the documentation does not allow for the subject
        "runningTasksCount =~ 1                    | 19 | operator '=~' is not valid for runningTasksCount (valid: ==, !=, >, >=, <, <=)",
        "agentConnected exists                     | 16 | operator 'exists' is not valid for agentConnected",
        "registeredAt in [2018-01-01]              | 14 | operator 'in' is not valid for registeredAt",
        "registeredAt < yesterday                  | 16 | registeredAt expects a date",
        "registeredAt < 2018-02-30                 | 16 | registeredAt expects a date",
        "registeredAt < 2018-02-03T10:00           | 16 | registeredAt expects a date",
        "runningTasksCount > many                  | 21 | runningTasksCount expects a whole number",
        "agentConnected in [true, yes]             | 26 | agentConnected expects true or false",
        "attribute:a =~ 't2.('                     | 16 | invalid regular expression 't2.('",
        // lexical
        "ec2InstanceId == 'i-1234                  | 18 | unterminated quoted value",
        "attribute:a == 1 & attribute:b == 2       | 18 | expected 'and', 'or' or end of expression, found '&'",
      })
  void reportsTheColumnOfTheMistake(String expression, int column, String reason) {
    CqlSyntaxException error = error(expression.strip());

    assertThat(error.reason()).contains(reason);
    assertThat(error.column()).isEqualTo(column);
    assertThat(error.getMessage()).startsWith("Cluster Query Language syntax error at column " + column + ": ");
  }

  @Test
  void absurdNestingIsASyntaxErrorNotAStackOverflow() {
    String deep = "(".repeat(5000) + "attribute:a exists" + ")".repeat(5000);

    assertThat(error(deep).column()).isEqualTo(201);
    assertThat(error("not ".repeat(300) + "attribute:a exists").reason()).contains("nested more than 200 levels");
    assertThat(ClusterQuery.parse("(".repeat(200) + "attribute:a exists" + ")".repeat(200)).canonical())
        .isEqualTo("attribute:a exists");
  }

  @Test
  void emptyExpression() {
    assertThat(error("").column()).isEqualTo(1);
    assertThat(error("").reason()).isEqualTo("expected an expression, found end of expression");
    assertThat(error("   ").column()).isEqualTo(1);
  }
}

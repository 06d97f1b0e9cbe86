package dev.ecsdsl.cql;

import dev.ecsdsl.cql.Expression.And;
import dev.ecsdsl.cql.Expression.Comparison;
import dev.ecsdsl.cql.Expression.Condition;
import dev.ecsdsl.cql.Expression.Match;
import dev.ecsdsl.cql.Expression.Membership;
import dev.ecsdsl.cql.Expression.Not;
import dev.ecsdsl.cql.Expression.Or;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints a tree in a randomly chosen non-canonical spelling: operator aliases, {@code &&}/{@code ||}/
 * {@code !}, redundant parentheses, optional quotes and random (or no) whitespace between tokens.
 */
final class NoisyPrinter {
  private static final String[] WHITESPACE = {" ", "  ", "\t", "\n", " \r\n "};

  private final Random random;
  private final List<String> tokens = new ArrayList<>();

  private NoisyPrinter(Random random) {
    this.random = random;
  }

  static String print(Expression expression, Random random) {
    NoisyPrinter printer = new NoisyPrinter(random);
    printer.expression(expression, 1);
    return printer.join();
  }

  private void expression(Expression expression, int minimumPrecedence) {
    boolean parenthesize = precedence(expression) < minimumPrecedence || random.nextInt(6) == 0;
    if (parenthesize) {
      tokens.add("(");
    }
    if (expression instanceof Or) {
      expression(((Or) expression).left(), 1);
      tokens.add(random.nextBoolean() ? "or" : "||");
      expression(((Or) expression).right(), 2);
    } else if (expression instanceof And) {
      expression(((And) expression).left(), 2);
      tokens.add(random.nextBoolean() ? "and" : "&&");
      expression(((And) expression).right(), 3);
    } else if (expression instanceof Not) {
      tokens.add(random.nextBoolean() ? "not" : "!");
      Expression operand = ((Not) expression).operand();
      expression(operand, operand instanceof Condition && random.nextBoolean() ? 3 : 4);
    } else {
      condition((Condition) expression);
    }
    if (parenthesize) {
      tokens.add(")");
    }
  }

  private static int precedence(Expression expression) {
    return expression instanceof Or ? 1 : expression instanceof And ? 2 : 3;
  }

  private void condition(Condition condition) {
    tokens.add(condition.subject().text());
    List<String> spellings = condition.operator().spellings();
    tokens.add(spellings.get(random.nextInt(spellings.size())));
    if (condition instanceof Comparison) {
      value(((Comparison) condition).value());
    } else if (condition instanceof Match) {
      value(((Match) condition).pattern());
    } else if (condition instanceof Membership) {
      tokens.add("[");
      List<Value> values = ((Membership) condition).values();
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          tokens.add(",");
        }
        value(values.get(i));
      }
      tokens.add("]");
    }
  }

  private void value(Value value) {
    String canonical = value.canonical();
    String text = value.text();
    boolean bare = !canonical.isEmpty() && canonical.charAt(0) != '\'' && canonical.charAt(0) != '"';
    if (bare && random.nextInt(3) > 0) {
      tokens.add(text);
    } else if (text.indexOf('\'') < 0 && (text.indexOf('"') >= 0 || random.nextBoolean())) {
      tokens.add("'" + text + "'");
    } else {
      tokens.add("\"" + text + "\"");
    }
  }

  private String join() {
    StringBuilder out = new StringBuilder(WHITESPACE[random.nextInt(2)].trim());
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        out.append(separator(tokens.get(i - 1), tokens.get(i)));
      }
      out.append(tokens.get(i));
    }
    return out.toString();
  }

  /** No whitespace where the lexer can still tell the tokens apart, sometimes. */
  private String separator(String previous, String next) {
    char last = previous.charAt(previous.length() - 1);
    char first = next.charAt(0);
    boolean wordsWouldMerge = Lexer.isWordChar(last) && Lexer.isWordChar(first);
    boolean symbolsWouldMerge = isSymbolChar(last) && isSymbolChar(first);
    if (!wordsWouldMerge && !symbolsWouldMerge && random.nextBoolean()) {
      return "";
    }
    return WHITESPACE[random.nextInt(WHITESPACE.length)];
  }

  private static boolean isSymbolChar(char c) {
    return "=!<>&|~".indexOf(c) >= 0;
  }
}

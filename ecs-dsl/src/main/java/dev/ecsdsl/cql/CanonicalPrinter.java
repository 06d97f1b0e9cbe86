package dev.ecsdsl.cql;

import java.util.stream.Collectors;

/**
 * Prints an {@link Expression} as canonical text that parses back to an equal tree: canonical
 * operator symbols ({@code ==}, {@code !in}, {@code =~}, ...), lower-case {@code and}/{@code or},
 * {@code not(...)}, single spaces, values quoted only when needed, and parentheses only where
 * precedence or left associativity requires them.
 */
final class CanonicalPrinter {
  private static final int OR = 1;
  private static final int AND = 2;
  private static final int UNARY = 3;

  private CanonicalPrinter() {}

  static String print(Expression expression) {
    StringBuilder out = new StringBuilder();
    print(expression, OR, out);
    return out.toString();
  }

  private static void print(Expression expression, int minimumPrecedence, StringBuilder out) {
    boolean parenthesize = precedence(expression) < minimumPrecedence;
    if (parenthesize) {
      out.append('(');
    }
    if (expression instanceof Expression.Or) {
      Expression.Or or = (Expression.Or) expression;
      print(or.left(), OR, out);
      out.append(" or ");
      print(or.right(), AND, out);
    } else if (expression instanceof Expression.And) {
      Expression.And and = (Expression.And) expression;
      print(and.left(), AND, out);
      out.append(" and ");
      print(and.right(), UNARY, out);
    } else if (expression instanceof Expression.Not) {
      out.append("not(");
      print(((Expression.Not) expression).operand(), OR, out);
      out.append(')');
    } else {
      condition((Expression.Condition) expression, out);
    }
    if (parenthesize) {
      out.append(')');
    }
  }

  private static int precedence(Expression expression) {
    if (expression instanceof Expression.Or) {
      return OR;
    }
    if (expression instanceof Expression.And) {
      return AND;
    }
    return UNARY;
  }

  private static void condition(Expression.Condition condition, StringBuilder out) {
    out.append(condition.subject().text()).append(' ').append(condition.operator().symbol());
    if (condition instanceof Expression.Comparison) {
      out.append(' ').append(((Expression.Comparison) condition).value().canonical());
    } else if (condition instanceof Expression.Match) {
      out.append(' ').append(((Expression.Match) condition).pattern().canonical());
    } else if (condition instanceof Expression.Membership) {
      out.append(" [")
          .append(
              ((Expression.Membership) condition).values().stream()
                  .map(Value::canonical)
                  .collect(Collectors.joining(", ")))
          .append(']');
    }
  }
}

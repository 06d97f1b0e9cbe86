package dev.ecsdsl.cql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recursive-descent parser from text to an {@link Expression} (grammar in {@code package-info}).
 * Precedence, which the documentation leaves to parentheses: {@code not} binds tighter than
 * {@code and}, which binds tighter than {@code or}; both binary operators are left associative.
 */
final class Parser {
  private static final String SUBJECTS =
      "attribute:<name>, agentConnected, agentVersion, ec2InstanceId, registeredAt, runningTasksCount or task:group";
  private static final String OPERATORS =
      Arrays.stream(Operator.values())
          .flatMap(operator -> operator.spellings().stream())
          .collect(Collectors.joining(", "));

  private static final int MAX_NESTING = 200;

  private final String source;
  private final List<Token> tokens;
  private int index;
  private int depth;

  private Parser(String source) {
    this.source = source;
    this.tokens = Lexer.tokenize(source);
  }

  static Expression parse(String source) {
    Parser parser = new Parser(source);
    if (parser.peek().is(Token.Kind.END)) {
      throw new CqlSyntaxException(source, 1, "expected an expression, found end of expression");
    }
    Expression expression = parser.orExpression();
    Token after = parser.peek();
    if (!after.is(Token.Kind.END)) {
      throw parser.error(after, "expected 'and', 'or' or end of expression, found " + after.describe());
    }
    return expression;
  }

  private Expression orExpression() {
    Expression left = andExpression();
    while (peek().isWord("or") || peek().isSymbol("||")) {
      next();
      left = new Expression.Or(left, andExpression());
    }
    return left;
  }

  private Expression andExpression() {
    Expression left = unary();
    while (peek().isWord("and") || peek().isSymbol("&&")) {
      next();
      left = new Expression.And(left, unary());
    }
    return left;
  }

  private Expression unary() {
    if (peek().isWord("not") || peek().isSymbol("!")) {
      Token not = next();
      enter(not);
      Expression operand = unary();
      depth--;
      return new Expression.Not(operand);
    }
    return primary();
  }

  /** Bounds recursion so hostile input fails with a syntax error, not a stack overflow. */
  private void enter(Token token) {
    if (++depth > MAX_NESTING) {
      throw error(token, "expression nested more than " + MAX_NESTING + " levels deep");
    }
  }

  private Expression primary() {
    if (!peek().is(Token.Kind.LEFT_PAREN)) {
      return condition();
    }
    Token open = next();
    enter(open);
    Expression inner = orExpression();
    depth--;
    Token close = peek();
    if (!close.is(Token.Kind.RIGHT_PAREN)) {
      throw error(
          close,
          "expected ')' to close the '(' at column "
              + open.column()
              + ", found "
              + close.describe());
    }
    next();
    return inner;
  }

  private Expression.Condition condition() {
    Token subjectToken = next();
    Subject subject = subject(subjectToken);
    Token operatorToken = next();
    Operator operator = operator(subject, operatorToken);
    SemanticRules.operatorProblem(subject, operator)
        .ifPresent(problem -> { throw error(operatorToken, problem); });
    switch (operator) {
      case EXISTS:
      case NOT_EXISTS:
        return new Expression.Existence(subject, operator == Operator.NOT_EXISTS);
      case IN:
      case NOT_IN:
        return new Expression.Membership(
            subject, operator == Operator.NOT_IN, list(subject, operator, operatorToken));
      case MATCHES:
      case NOT_MATCHES:
        return new Expression.Match(
            subject, operator == Operator.NOT_MATCHES, single(subject, operator, operatorToken));
      default:
        return new Expression.Comparison(subject, operator, single(subject, operator, operatorToken));
    }
  }

  private Subject subject(Token token) {
    if (!token.is(Token.Kind.WORD) || Lexer.isReservedWord(token.text())) {
      throw error(token, "expected a subject (" + SUBJECTS + ") or '(', found " + token.describe());
    }
    String text = token.text();
    if (text.startsWith(Subject.Attribute.PREFIX)) {
      String name = text.substring(Subject.Attribute.PREFIX.length());
      if (!Subject.Attribute.isValidName(name)) {
        throw new CqlSyntaxException(
            source,
            token.column() + Subject.Attribute.PREFIX.length(),
            "invalid attribute name '"
                + name
                + "': use 1 to 128 letters, digits, '-', '_', '.', '/' or '\\'");
      }
    }
    Optional<Subject> subject = Subject.fromText(text);
    if (subject.isEmpty()) {
      throw error(token, "unknown subject '" + text + "' (expected " + SUBJECTS + ")");
    }
    return subject.get();
  }

  private Operator operator(Subject subject, Token token) {
    if (!token.is(Token.Kind.WORD) && !token.is(Token.Kind.SYMBOL)) {
      throw error(
          token, "expected an operator after '" + subject.text() + "', found " + token.describe());
    }
    Optional<Operator> operator = Operator.fromSpelling(token.text());
    if (operator.isEmpty()) {
      String hint = token.text().equals("not") ? "; 'not in' is written not_in or !in" : "";
      throw error(
          token,
          "unknown operator '" + token.text() + "' (expected one of " + OPERATORS + ")" + hint);
    }
    return operator.get();
  }

  private Value single(Subject subject, Operator operator, Token operatorToken) {
    Token token = next();
    if (token.is(Token.Kind.LEFT_BRACKET)) {
      throw error(
          token,
          "operator '" + operatorToken.text() + "' takes a single value, not an argument list");
    }
    if (!isValue(token)) {
      throw error(
          token,
          "expected a value after '" + operatorToken.text() + "', found " + token.describe());
    }
    return checkedValue(subject, operator, token);
  }

  private List<Value> list(Subject subject, Operator operator, Token operatorToken) {
    Token open = next();
    if (!open.is(Token.Kind.LEFT_BRACKET)) {
      throw error(
          open,
          "expected '[' to start the argument list after '"
              + operatorToken.text()
              + "', found "
              + open.describe());
    }
    List<Value> values = new ArrayList<>();
    while (true) {
      Token token = next();
      if (!isValue(token)) {
        throw error(token, "expected a value in the argument list, found " + token.describe());
      }
      values.add(checkedValue(subject, operator, token));
      Token separator = next();
      if (separator.is(Token.Kind.RIGHT_BRACKET)) {
        return values;
      }
      if (!separator.is(Token.Kind.COMMA)) {
        throw error(
            separator,
            "expected ',' or ']' in the argument list opened at column "
                + open.column()
                + ", found "
                + separator.describe());
      }
    }
  }

  /** A bare word other than a reserved word, or a quoted value ({@code 'and'} is a value). */
  private static boolean isValue(Token token) {
    return token.is(Token.Kind.QUOTED)
        || (token.is(Token.Kind.WORD) && !Lexer.isReservedWord(token.text()));
  }

  private Value checkedValue(Subject subject, Operator operator, Token token) {
    Value value = new Value(token.text()); // a token never holds both quote characters
    SemanticRules.valueProblem(subject, operator, value)
        .ifPresent(problem -> { throw error(token, problem); });
    return value;
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token next() {
    Token token = tokens.get(index);
    if (!token.is(Token.Kind.END)) {
      index++;
    }
    return token;
  }

  private CqlSyntaxException error(Token token, String reason) {
    return new CqlSyntaxException(source, token.column(), reason);
  }
}

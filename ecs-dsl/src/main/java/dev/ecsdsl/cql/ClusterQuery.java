package dev.ecsdsl.cql;

import java.util.Objects;

/**
 * A parsed, validated and compiled Cluster Query Language expression, e.g. the expression of a
 * {@code memberOf} placement constraint.
 *
 * <pre>{@code
 * ClusterQuery query = ClusterQuery.parse("attribute:ecs.instance-type =~ t2.* and runningTasksCount < 3");
 * boolean eligible = query.matches(instance);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; {@link #matches} neither compiles nor parses
 * anything. Two queries are equal when their expression trees are equal, however they were
 * spelled.
 */
public final class ClusterQuery {
  private final String source;
  private final Expression expression;
  private final String canonical;
  private final InstancePredicate predicate;

  private ClusterQuery(String source, Expression expression) {
    this.source = source;
    this.expression = expression;
    this.canonical = CanonicalPrinter.print(expression);
    this.predicate = QueryCompiler.compile(expression);
  }

  /**
   * Parses an expression.
   *
   * @param expression the text, e.g. {@code attribute:ecs.instance-type =~ t3.*}
   * @return the parsed query
   * @throws CqlSyntaxException if it is not valid Cluster Query Language, including operators a
   *     subject does not allow and malformed dates, numbers or regular expressions
   */
  public static ClusterQuery parse(String expression) {
    Objects.requireNonNull(expression, "expression");
    return new ClusterQuery(expression, Parser.parse(expression));
  }

  /**
   * Wraps a tree built in code; its source is its canonical text.
   *
   * @param expression the tree
   * @return the query
   * @throws IllegalArgumentException if a condition uses an operator its subject does not allow or
   *     an argument its subject cannot take
   */
  public static ClusterQuery of(Expression expression) {
    Objects.requireNonNull(expression, "expression");
    return new ClusterQuery(CanonicalPrinter.print(expression), expression);
  }

  /** {@return the expression tree} */
  public Expression expression() {
    return expression;
  }

  /** {@return the text this query was parsed from (the canonical text for {@link #of})} */
  public String source() {
    return source;
  }

  /** {@return the canonical text, which {@link #parse} turns back into an equal tree} */
  public String canonical() {
    return canonical;
  }

  /**
   * {@return whether the instance satisfies this query} Allocation-free apart from what the view does.
   *
   * @param instance the container instance to test
   */
  public boolean matches(InstanceView instance) {
    return predicate.test(instance);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClusterQuery && ((ClusterQuery) other).expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  /** The {@linkplain #canonical() canonical} text. */
  @Override
  public String toString() {
    return canonical;
  }
}

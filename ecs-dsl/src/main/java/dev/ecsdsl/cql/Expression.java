package dev.ecsdsl.cql;

import java.util.List;
import java.util.Objects;

/**
 * An immutable Cluster Query Language expression tree. Records give structural {@code equals};
 * quoting, operator aliases and redundant parentheses of the source text are not part of the tree.
 */
public sealed interface Expression
    permits Expression.And, Expression.Or, Expression.Not, Expression.Condition {

  /** {@code left and right}. */
  record And(Expression left, Expression right) implements Expression {
    /**
     * Rejects null operands.
     *
     * @param left the left operand
     * @param right the right operand
     */
    public And {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  /** {@code left or right}. */
  record Or(Expression left, Expression right) implements Expression {
    /**
     * Rejects null operands.
     *
     * @param left the left operand
     * @param right the right operand
     */
    public Or {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  /** {@code not(operand)}. */
  record Not(Expression operand) implements Expression {
    /**
     * Rejects a null operand.
     *
     * @param operand the negated expression
     */
    public Not {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** A single {@code subject operator [argument]} expression: the leaves of the tree. */
  sealed interface Condition extends Expression permits Comparison, Membership, Existence, Match {
    /** {@return what the condition tests} */
    Subject subject();

    /** {@return the operator, in its canonical spelling when printed} */
    Operator operator();
  }

  /**
   * {@code subject op value} for {@code == != > >= < <=}.
   *
   * @param operator one of the six {@linkplain Operator#isComparison() comparisons}
   */
  record Comparison(Subject subject, Operator operator, Value value) implements Condition {
    /**
     * Rejects nulls and non-comparison operators.
     *
     * @param subject what is compared
     * @param operator one of the six comparisons
     * @param value what it is compared with
     */
    public Comparison {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(value, "value");
      if (!operator.isComparison()) {
        throw new IllegalArgumentException(operator + " is not a comparison operator");
      }
    }
  }

  /** {@code subject in [values]} or, when negated, {@code subject !in [values]}. */
  record Membership(Subject subject, boolean negated, List<Value> values) implements Condition {
    /**
     * Copies the list; rejects nulls and an empty list.
     *
     * @param subject what is tested
     * @param negated true for {@code not in}
     * @param values the values, at least one
     */
    public Membership {
      Objects.requireNonNull(subject, "subject");
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("an argument list needs at least one value");
      }
    }

    @Override
    public Operator operator() {
      return negated ? Operator.NOT_IN : Operator.IN;
    }
  }

  /** {@code subject exists} or, when negated, {@code subject !exists}. */
  record Existence(Subject subject, boolean negated) implements Condition {
    /**
     * Rejects a null subject.
     *
     * @param subject what is tested
     * @param negated true for {@code !exists}
     */
    public Existence {
      Objects.requireNonNull(subject, "subject");
    }

    @Override
    public Operator operator() {
      return negated ? Operator.NOT_EXISTS : Operator.EXISTS;
    }
  }

  /**
   * {@code subject =~ pattern} or, when negated, {@code subject !~ pattern}.
   *
   * @param pattern a {@link java.util.regex.Pattern Java regular expression} that must match the
   *     whole value
   */
  record Match(Subject subject, boolean negated, Value pattern) implements Condition {
    /**
     * Rejects nulls.
     *
     * @param subject what is matched
     * @param negated true for {@code !~}
     * @param pattern the regular expression
     */
    public Match {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public Operator operator() {
      return negated ? Operator.NOT_MATCHES : Operator.MATCHES;
    }
  }
}

package dev.ecsdsl.cql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code =~} pattern compiled once at parse time, matched against the whole value with
 * {@link Matcher#matches()} semantics. Plain literals and the common {@code literal.*} shape
 * (e.g. {@code t2.*}) skip the regex engine; other patterns reuse one {@link Matcher} per thread,
 * so matching does not allocate.
 */
final class RegexMatcher {
  private static final String METACHARACTERS = "\\^$.|?*+()[]{}";

  private enum Shape {
    LITERAL,
    LITERAL_PREFIX,
    GENERAL
  }

  private final Shape shape;
  private final String literal;
  private final ThreadLocal<Matcher> matchers;

  private RegexMatcher(Shape shape, String literal, Pattern pattern) {
    this.shape = shape;
    this.literal = literal;
    this.matchers = pattern == null ? null : ThreadLocal.withInitial(() -> pattern.matcher(""));
  }

  /** @throws java.util.regex.PatternSyntaxException if {@code regex} is not a Java regex */
  static RegexMatcher compile(String regex) {
    Pattern pattern = Pattern.compile(regex);
    if (isLiteral(regex, regex.length())) {
      return new RegexMatcher(Shape.LITERAL, regex, null);
    }
    if (regex.endsWith(".*") && isLiteral(regex, regex.length() - 2)) {
      return new RegexMatcher(Shape.LITERAL_PREFIX, regex.substring(0, regex.length() - 2), null);
    }
    return new RegexMatcher(Shape.GENERAL, null, pattern);
  }

  boolean matches(String value) {
    switch (shape) {
      case LITERAL:
        return value.equals(literal);
      case LITERAL_PREFIX:
        return value.startsWith(literal) && !hasLineTerminator(value, literal.length());
      default:
        Matcher matcher = matchers.get();
        try {
          return matcher.reset(value).matches();
        } finally {
          matcher.reset(""); // do not keep the value reachable
        }
    }
  }

  private static boolean isLiteral(String regex, int end) {
    for (int i = 0; i < end; i++) {
      if (METACHARACTERS.indexOf(regex.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code .} does not match these without {@link Pattern#DOTALL}. */
  private static boolean hasLineTerminator(String value, int from) {
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}

package dev.ecsdsl.cql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into {@link Token}s.
 *
 * <ul>
 *   <li>{@code ( ) [ ] ,} are punctuation;
 *   <li>a run of {@code = ! < > & | ~} is one symbol ({@code ==}, {@code &&}, ...), except that
 *       {@code !exists} and {@code !in} are single symbols and a run of {@code !} is several
 *       negations;
 *   <li>{@code '...'} and {@code "..."} are quoted values (no escapes);
 *   <li>anything else up to whitespace, punctuation, a quote or a symbol character is a word
 *       (subjects, keywords, operator words and bare values such as {@code us-east-1a},
 *       {@code t2.*} or {@code 2018-06-18T22:28:28+00:00}).
 * </ul>
 */
final class Lexer {
  private final String source;
  private int position;

  private Lexer(String source) {
    this.source = source;
  }

  static List<Token> tokenize(String source) {
    return new Lexer(source).run();
  }

  /** {@code and}, {@code or} and {@code not}: words that must be quoted to be used as values. */
  static boolean isReservedWord(String word) {
    return word.equals("and") || word.equals("or") || word.equals("not");
  }

  /** Whether {@code c} may appear in a bare word. */
  static boolean isWordChar(char c) {
    return !Character.isWhitespace(c) && !isPunctuation(c) && !isSymbolChar(c) && c != '\'' && c != '"';
  }

  private static boolean isPunctuation(char c) {
    return c == '(' || c == ')' || c == '[' || c == ']' || c == ',';
  }

  private static boolean isSymbolChar(char c) {
    return c == '=' || c == '!' || c == '<' || c == '>' || c == '&' || c == '|' || c == '~';
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (position < source.length() && Character.isWhitespace(source.charAt(position))) {
        position++;
      }
      if (position >= source.length()) {
        tokens.add(new Token(Token.Kind.END, "", source.length() + 1));
        return tokens;
      }
      char c = source.charAt(position);
      int column = position + 1;
      if (isPunctuation(c)) {
        tokens.add(new Token(punctuation(c), String.valueOf(c), column));
        position++;
      } else if (c == '\'' || c == '"') {
        tokens.add(quoted(c, column));
      } else if (isSymbolChar(c)) {
        symbols(tokens, column);
      } else {
        tokens.add(new Token(Token.Kind.WORD, word(), column));
      }
    }
  }

  private static Token.Kind punctuation(char c) {
    switch (c) {
      case '(':
        return Token.Kind.LEFT_PAREN;
      case ')':
        return Token.Kind.RIGHT_PAREN;
      case '[':
        return Token.Kind.LEFT_BRACKET;
      case ']':
        return Token.Kind.RIGHT_BRACKET;
      default:
        return Token.Kind.COMMA;
    }
  }

  private Token quoted(char quote, int column) {
    int close = source.indexOf(quote, position + 1);
    if (close < 0) {
      throw new CqlSyntaxException(
          source, column, "unterminated quoted value: no closing " + quote + " before the end of the expression");
    }
    String text = source.substring(position + 1, close);
    position = close + 1;
    return new Token(Token.Kind.QUOTED, text, column);
  }

  private void symbols(List<Token> tokens, int column) {
    int start = position;
    while (position < source.length() && isSymbolChar(source.charAt(position))) {
      position++;
    }
    String run = source.substring(start, position);
    if (run.chars().allMatch(ch -> ch == '!')) {
      for (int i = 0; i < run.length(); i++) {
        tokens.add(new Token(Token.Kind.SYMBOL, "!", column + i));
      }
      // "!exists" / "!in": the last '!' glues to a directly following operator word.
      String next = peekWord();
      if (next.equals("exists") || next.equals("in")) {
        tokens.remove(tokens.size() - 1);
        position += next.length();
        tokens.add(new Token(Token.Kind.SYMBOL, "!" + next, column + run.length() - 1));
      }
      return;
    }
    tokens.add(new Token(Token.Kind.SYMBOL, run, column));
  }

  private String peekWord() {
    int end = position;
    while (end < source.length() && isWordChar(source.charAt(end))) {
      end++;
    }
    return source.substring(position, end);
  }

  private String word() {
    String word = peekWord();
    position += word.length();
    return word;
  }
}

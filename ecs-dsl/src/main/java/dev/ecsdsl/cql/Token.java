package dev.ecsdsl.cql;

/**
 * One lexical token.
 *
 * @param kind what sort of token
 * @param text the token text; for {@link Kind#QUOTED} the text between the quotes
 * @param column 1-based column of its first character
 */
record Token(Kind kind, String text, int column) {

  /** Token sorts. Keywords and operator words are {@link #WORD}s; the parser tells them apart. */
  enum Kind {
    WORD,
    QUOTED,
    SYMBOL,
    LEFT_PAREN,
    RIGHT_PAREN,
    LEFT_BRACKET,
    RIGHT_BRACKET,
    COMMA,
    END
  }

  boolean is(Kind expected) {
    return kind == expected;
  }

  boolean isWord(String word) {
    return kind == Kind.WORD && text.equals(word);
  }

  boolean isSymbol(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }

  /** The token as shown in error messages. */
  String describe() {
    switch (kind) {
      case END:
        return "end of expression";
      case QUOTED:
        return "quoted value " + new Value(text).canonical();
      default:
        return "'" + text + "'";
    }
  }
}

package dev.ecsdsl.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes for reports: besides what JSON must escape (quotes, backslash, C0 controls), DEL, the C1
 * controls and the Unicode characters that reorder or hide text are written as {@code \\uXXXX}, so that a
 * report shown raw on a terminal or in a browser cannot be forged by a value from a file.
 */
final class JsonEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;
  private static final JsonEscapes INSTANCE = new JsonEscapes();
  private final int[] ascii = standardAsciiEscapesForJSON();

  private JsonEscapes() {
    ascii[0x7f] = ESCAPE_CUSTOM;
  }

  /** A JSON factory whose generators escape so. */
  static JsonFactory factory() {
    return new JsonFactory().setCharacterEscapes(INSTANCE);
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return ch == 0x7f || Printable.unsafe((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
  }
}

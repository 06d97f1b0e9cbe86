package dev.ecsdsl.examples.tour;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The tour's report as one self-contained HTML page: the template's inline CSS and script, and the
 * {@link ReportData} as a JSON block that the script turns into SVG charts in the browser. Nothing is
 * loaded from the network.
 */
public final class HtmlReport {
  private static final String TEMPLATE = "report.html";
  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  static {
    JSON.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
  }

  private HtmlReport() {}

  /**
   * The page for {@code data}.
   *
   * @param data the tour's report data
   * @return the HTML page, self-contained
   */
  public static String render(ReportData data) {
    String template = template();
    return template.replace("{{TITLE}}", HtmlEscapers.htmlEscaper().escape(data.title()))
        .replace("{{DATA}}", json(data));
  }

  /**
   * Writes the page for {@code data} to {@code file} (replacing it whole, never half-written).
   *
   * @param data the tour's report data
   * @param file the file to write
   * @throws IOException when the file cannot be written
   */
  public static void write(ReportData data, Path file) throws IOException {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, render(data), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The data as JSON that is safe inside a script element: no {@code <}, {@code >} or {@code &} in it. */
  static String json(ReportData data) {
    try {
      return JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the report's data did not serialize", e);
    }
  }

  private static String template() {
    try (InputStream in = HtmlReport.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("the report template " + TEMPLATE + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Escapes what could end the script element or start markup in it ({@code </script>}, {@code <!--}); the
   * page reads the block with {@code JSON.parse}, so nothing else needs escaping.
   */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private final int[] escapes;

    ScriptSafeEscapes() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}

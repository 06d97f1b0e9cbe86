package dev.ecsdsl.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.Rule;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * One JSON document: {@code files} (each file's verdict and counts), {@code problems} (one object per problem
 * listed: file, checkedFile, line, column, path, rule, severity, message, fix, docUrl) and {@code summary}.
 * Written as it goes, so that memory does not grow with the report.
 */
final class JsonReport implements Report {

  @Override
  public void write(List<CheckedFile> files, int maxProblems, PrintStream out) throws IOException {
    try (JsonGenerator json = JsonEscapes.factory().createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeArrayFieldStart("files");
      for (CheckedFile f : files) {
        json.writeStartObject();
        json.writeStringField("file", Printable.clip(f.file().toString()));
        json.writeStringField("describes", Printable.clip(f.describe()));
        json.writeBooleanField("valid", f.valid());
        json.writeNumberField("errors", f.errors());
        json.writeNumberField("warnings", f.warnings());
        json.writeNumberField("notListed", f.notListed(maxProblems));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("problems");
      for (CheckedFile f : files) {
        for (Finding finding : f.listed(maxProblems)) {
          problem(json, f, finding);
        }
      }
      json.writeEndArray();
      Totals totals = Totals.of(files);
      json.writeObjectFieldStart("summary");
      json.writeNumberField("files", totals.files());
      json.writeNumberField("valid", totals.files() - totals.invalid());
      json.writeNumberField("invalid", totals.invalid());
      json.writeNumberField("errors", totals.errors());
      json.writeNumberField("warnings", totals.warnings());
      json.writeEndObject();
      json.writeEndObject();
    }
    out.println();
  }

  private static void problem(JsonGenerator json, CheckedFile checked, Finding finding) throws IOException {
    Problem p = finding.problem();
    json.writeStartObject();
    json.writeStringField("file", Printable.clip(finding.file().toString()));
    json.writeStringField("checkedFile", Printable.clip(checked.file().toString()));
    if (p.location().isPresent()) {
      json.writeNumberField("line", p.location().get().line());
      json.writeNumberField("column", p.location().get().column());
    } else {
      json.writeNullField("line");
      json.writeNullField("column");
    }
    json.writeStringField("path", Printable.clip(p.path().toString()));
    json.writeStringField("rule", p.rule());
    json.writeStringField("severity", p.severity().name().toLowerCase(Locale.ROOT));
    json.writeStringField("message", Printable.clip(p.message()));
    json.writeStringField("fix", Printable.clip(p.fix()));
    String doc = DocLinks.rule(p.rule()).map(Rule::docUrl).orElse(null);
    if (doc == null) {
      json.writeNullField("docUrl");
    } else {
      json.writeStringField("docUrl", doc);
    }
    json.writeEndObject();
  }

  /** Lets the generator close without closing the command's output. */
  static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

package dev.ecsdsl.cli;

import dev.ecsdsl.validation.Problem;
import java.io.PrintStream;
import java.util.List;

/**
 * Lines for people: per file its verdict, then each problem as {@code file:line:column: SEVERITY path: message
 * [rule]} with its fix on the next line, then a summary. Everything that comes from a file is escaped, so a
 * newline in a value cannot forge a line.
 */
final class TextReport implements Report {

  @Override
  public void write(List<CheckedFile> files, int maxProblems, PrintStream out) {
    for (CheckedFile f : files) {
      out.println(Printable.of(f.file().toString()) + ": " + Printable.of(f.describe()) + ": "
          + (f.valid() ? "valid" : "INVALID") + Report.counts(f.errors(), f.warnings()));
      List<Finding> listed = f.listed(maxProblems);
      listed.forEach(finding -> print(finding, out));
      long rest = f.notListed(maxProblems);
      if (rest > 0) {
        long restErrors = f.errors() - listed.stream().filter(x -> x.problem().isError()).count();
        out.println("  … " + rest + " more " + (rest == 1 ? "problem" : "problems") + " not listed"
            + Report.counts(restErrors, rest - restErrors)
            + (listed.size() < f.problems().size() ? "; --max-problems N lists up to N per file" : ""));
      }
    }
    Totals totals = Totals.of(files);
    out.println();
    out.println(totals.files() + (totals.files() == 1 ? " file" : " files") + " checked: "
        + (totals.files() - totals.invalid()) + " valid, " + totals.invalid() + " invalid"
        + Report.counts(totals.errors(), totals.warnings()));
  }

  private static void print(Finding finding, PrintStream out) {
    Problem p = finding.problem();
    String where = Printable.of(finding.file().toString())
        + p.location().map(l -> ":" + l.line() + ":" + l.column()).orElse("");
    out.println("  " + where + ": " + p.severity() + " " + Printable.of(p.path().toString()) + ": "
        + Printable.of(p.message()) + " [" + p.rule() + "]");
    out.println("      fix: " + Printable.of(p.fix()));
  }
}

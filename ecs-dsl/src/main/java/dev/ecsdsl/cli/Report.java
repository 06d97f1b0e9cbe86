package dev.ecsdsl.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** Writes the verdicts of a run in one format; at most {@code maxProblems} problems per file are listed. */
interface Report {

  /** Writes the verdicts. */
  void write(List<CheckedFile> files, int maxProblems, PrintStream out) throws IOException;

  /** The report of a format. */
  static Report of(ValidateOptions.Format format) {
    return switch (format) {
      case TEXT -> new TextReport();
      case JSON -> new JsonReport();
      case SARIF -> new SarifReport();
    };
  }

  /**
   * The totals of a run.
   *
   * @param files how many files were checked
   * @param invalid how many of them are invalid
   * @param errors every error of every file
   * @param warnings every warning of every file
   */
  record Totals(int files, long invalid, long errors, long warnings) {
    /** The totals of the files. */
    static Totals of(List<CheckedFile> checked) {
      return new Totals(checked.size(), checked.stream().filter(f -> !f.valid()).count(),
          checked.stream().mapToLong(CheckedFile::errors).sum(),
          checked.stream().mapToLong(CheckedFile::warnings).sum());
    }
  }

  /** {@code " (2 errors, 1 warning)"}, or nothing when there is neither. */
  static String counts(long errors, long warnings) {
    if (errors == 0 && warnings == 0) {
      return "";
    }
    return " (" + errors + (errors == 1 ? " error" : " errors") + ", " + warnings
        + (warnings == 1 ? " warning" : " warnings") + ")";
  }
}

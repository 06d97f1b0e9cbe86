package dev.ecsdsl.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/** What surefire's XML reports say ran: tests, failures, errors and skipped per test class. */
final class SurefireReports {
  private SurefireReports() {}

  record Counts(int tests, int failures, int errors, int skipped) {
    int passed() {
      return tests - failures - errors - skipped;
    }
  }

  static Map<String, Counts> read(Path reportsDirectory) throws IOException {
    Map<String, Counts> counts = new TreeMap<>();
    if (!Files.isDirectory(reportsDirectory)) {
      return counts;
    }
    try (Stream<Path> files = Files.list(reportsDirectory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
        Element suite = parse(file);
        counts.put(suite.getAttribute("name"), new Counts(number(suite, "tests"), number(suite, "failures"),
            number(suite, "errors"), number(suite, "skipped")));
      }
    }
    return counts;
  }

  private static Element parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IOException("unreadable surefire report " + file, e);
    }
  }

  private static int number(Element suite, String attribute) {
    String value = suite.getAttribute(attribute);
    return value.isEmpty() ? 0 : Integer.parseInt(value);
  }
}

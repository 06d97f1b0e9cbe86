package dev.ecsdsl.examples.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ecsdsl.examples.tour.HeadlessChromium;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report {@code bin/ecs-dsl simulate} writes for the synthesized CDK app's hour, as Debian's headless
 * chromium draws it. Skipped without chromium or the CDK, except under CI (bin/setup installs both there).
 */
class SimulateReportInBrowserTest {
  private static String output;
  private static String dom;

  @BeforeAll
  static void simulateTheCdkAppAndDrawItsReport(@TempDir Path dir) throws Exception {
    HeadlessChromium chromium = HeadlessChromium.find().orElse(null);
    if (chromium == null) {
      if (System.getenv("CI") != null) {
        fail("CI is set but no chromium is installed at /usr/bin/chromium: run bin/setup");
      }
      Assumptions.abort("no headless browser: install Debian's chromium (bin/setup) to check the simulate report");
    }
    dev.ecsdsl.examples.cloudformation.CdkAppAccess.require();
    Path report = dir.resolve("simulate.html");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = new SimulateCommand().run(List.of(dev.ecsdsl.examples.cloudformation.CdkAppAccess.template().toString(),
        "--for", "1h", "--report", report.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    output = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(output).isZero();
    dom = chromium.dumpDom(report, Duration.ofSeconds(60));
  }

  @Test
  void theCommandPrintsASensibleHour() {
    assertThat(output).contains("stack ShopStack, eu-west-1", "== deploy", "== under load", "1h of the stack's life",
        "shop/web: steady", "shop/orders: steady, 3 of 3 running", "scaling ", "== placement at the end");
  }

  @Test
  void theReportsScriptRanAndDrewTheStack() {
    assertThat(dom).contains("<body data-rendered=\"true\">");
    assertThat(all("<div id=\"error\"[^>]*>([^<]*)</div>")).containsExactly("");
    assertThat(all("<h1 id=\"title\">([^<]*)</h1>")).containsExactly("ecs-dsl simulate: ShopStack");
    assertThat(all("<svg class=\"placement-map\" data-cluster=\"([^\"]+)\"")).containsExactly("shop");
    assertThat(all("<rect class=\"task\" data-task=\"([0-9a-f]+)\"")).hasSizeGreaterThanOrEqualTo(6);
    assertThat(all("<li class=\"phase-heading\">([^<]+)</li>")).containsExactly("deploy", "under load");
    assertThat(all("<path class=\"curve running\" d=\"([^\"]+)\"")).hasSize(1);
    assertThat(all("<circle class=\"activity\"")).isNotEmpty();
  }

  private static List<String> all(String regex) {
    Matcher m = Pattern.compile(regex).matcher(dom);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.groupCount() > 0 ? m.group(1) : m.group());
    }
    return found;
  }
}

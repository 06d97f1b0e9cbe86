package dev.ecsdsl.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
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
 * The tour's report as a real browser draws it: Debian's chromium, headless, runs the page's script, and the
 * test reads the DOM it leaves. Skipped without chromium, except under CI (bin/setup installs it there).
 */
class ReportInBrowserTest {
  private static final Duration BROWSER_TIMEOUT = Duration.ofSeconds(60);
  private static HeadlessChromium chromium;
  private static ReportData data;
  private static TourRecording recording;
  private static Path page;
  private static String dom;

  @BeforeAll
  static void drawTheReport(@TempDir Path dir) throws Exception {
    chromium = HeadlessChromium.find().orElse(null);
    if (chromium == null) {
      if (System.getenv("CI") != null) {
        fail("CI is set but no chromium is installed at /usr/bin/chromium: run bin/setup");
      }
      Assumptions.abort("no headless browser: install Debian's chromium (bin/setup, or apt-get install chromium)"
          + " to check the report as a browser draws it");
    }
    recording = TourRun.inMemory(9);
    data = ReportData.of(recording);
    page = dir.resolve("tour.html");
    HtmlReport.write(data, page);
    dom = chromium.dumpDom(page, BROWSER_TIMEOUT);
  }

  @Test
  void theScriptRanToTheEnd() {
    assertThat(dom).contains("<body data-rendered=\"true\">");
    assertThat(all("<div id=\"error\"[^>]*>([^<]*)</div>")).containsExactly("");
    assertThat(all("<h1 id=\"title\">([^<]*)</h1>")).containsExactly("ecs-dsl tour: shop on inmemory");
  }

  @Test
  void thePlacementMapHasOneSquarePerTaskInItsClustersMap() {
    assertThat(all("<svg class=\"placement-map\" data-cluster=\"([^\"]+)\"")).containsExactly("shop-web", "shop-workers");
    List<String> drawn = all("<rect class=\"task\" data-task=\"([0-9a-f]+)\"");
    List<String> live = recording.placement().clusters().stream()
        .flatMap(c -> java.util.stream.Stream.concat(c.instances().stream().flatMap(i -> i.tasks().stream()),
            c.fargate().values().stream().flatMap(List::stream)))
        .map(Placement.PlacedTask::id).toList();
    assertThat(drawn).hasSize(12).containsExactlyInAnyOrderElementsOf(live);
    String web = dom.substring(dom.indexOf("data-cluster=\"shop-web\""), dom.indexOf("data-cluster=\"shop-workers\""));
    assertThat(web.split("data-family=\"storefront\"", -1)).as("three storefront tasks on Fargate").hasSize(4);
    assertThat(web).contains(">Fargate</text>", ">eu-west-1a</text>", ">eu-west-1b</text>");
  }

  @Test
  void theTimelineHasTheEventsAndTheDeploymentsTheirStates() {
    assertThat(all("<li class=\"event\" data-type=\"([A-Z_]+)\"")).hasSize(data.events().size())
        .contains("SCALING_ACTIVITY", "TASK_STOP_REQUESTED", "SCHEDULED_RULE");
    assertThat(all("<li class=\"phase-heading\">([^<]+)</li>")).containsSubsequence("deploy", "rolling update",
        "failure", "recovery", "scale-out", "scale-in", "nightly report");
    int segments = data.deployments().stream().mapToInt(d -> d.segments().size()).sum();
    assertThat(all("<rect class=\"segment\" data-state=\"([A-Z_ ]+)\"")).hasSize(segments)
        .contains("PRIMARY IN_PROGRESS", "PRIMARY COMPLETED", "ACTIVE COMPLETED");
  }

  @Test
  void theScalingCurveHasAPathWithAPointPerSample() {
    List<String> running = all("<path class=\"curve running\" d=\"([^\"]+)\"");
    List<String> metric = all("<path class=\"curve metric\" d=\"([^\"]+)\"");

    assertThat(running).hasSize(1);
    assertThat(points(running.get(0))).hasSize(data.scaling().counts().size()).hasSizeGreaterThan(100);
    assertThat(points(running.get(0)).stream().distinct()).as("the curve moves").hasSizeGreaterThan(3);
    assertThat(metric).hasSize(1);
    assertThat(points(metric.get(0))).hasSize(data.scaling().metric().size());
    assertThat(all("<circle class=\"activity\"")).hasSize(2);
    assertThat(all("<tr class=\"activity-row\"><td>[^<]*</td><td>([^<]*)</td>"))
        .containsExactly("requests-target", "requests-target");
  }

  @Test
  void theDeploymentColoursHaveALegendAndNoPhaseLabelRunsIntoAnother() {
    assertThat(all("<span class=\"deployment-state\" data-state=\"([A-Z_ ]+)\"")).containsExactly(
        "PRIMARY IN_PROGRESS", "PRIMARY COMPLETED", "ACTIVE IN_PROGRESS", "ACTIVE COMPLETED", "PRIMARY FAILED");
    assertThat(all("<text [^>]*class=\"phase-label\" data-row=\"(\\d+)\"")).as("labels, on two charts")
        .hasSize(2 * data.phases().size()).as("short phases side by side need a second row").contains("1");
    assertThat(all("data-label-overlaps=\"(\\d+)\"")).as("overlapping labels, as the browser measured them")
        .containsExactly("0", "0");
    for (String chart : all("(?s)(<svg class=\"(?:deployment|scaling)-chart\".*?</svg>)")) {
      assertThat(chart.lastIndexOf("class=\"phase-band")).as("every band is drawn before the first label, so none"
          + " covers one").isLessThan(chart.indexOf("class=\"phase-label\""));
    }
  }

  @Test
  void theDropOfTheRequestMetricToZeroIsExplainedAndCountsAreSingularWhenOne() {
    assertThat(all("<g class=\"note-marker\">.*?<text [^>]*>([^<]+)</text>")).containsExactly(
        "the tour stops sending requests: requests per target fall to 0");
    assertThat(dom).doesNotContain(" 1 tasks<");
    assertThat(all("· (\\d+ tasks?)</text>")).isNotEmpty()
        .allSatisfy(count -> assertThat(count).matches(c -> c.equals("1 task") || !c.startsWith("1 ")));
  }

  @Test
  void theBrowserLeavesNoProcessAndNoProfileBehind(@TempDir Path root) throws Exception {
    String again = chromium.dumpDom(page, BROWSER_TIMEOUT, root);

    assertThat(again).contains("<body data-rendered=\"true\">");
    try (var left = Files.list(root)) {
      assertThat(left).as("the profile folder is removed").isEmpty();
    }
    assertThat(HeadlessChromium.withProfile(root)).as("no chromium process of that profile runs").isEmpty();
  }

  /** Every y coordinate of an SVG path made of M and L commands. */
  private static List<String> points(String path) {
    Matcher m = Pattern.compile("[ML]([-0-9.]+) ([-0-9.]+)").matcher(path);
    List<String> ys = new ArrayList<>();
    while (m.find()) {
      ys.add(m.group(2));
    }
    return ys;
  }

  /** The first group (or the whole match) of every match of {@code regex} in the DOM. */
  private static List<String> all(String regex) {
    Matcher m = Pattern.compile(regex).matcher(dom);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.groupCount() > 0 ? m.group(1) : m.group());
    }
    return found;
  }
}

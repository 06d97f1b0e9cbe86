package dev.ecsdsl.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecsdsl.examples.tour.Placement.ClusterPlacement;
import dev.ecsdsl.examples.tour.Placement.InstancePlacement;
import dev.ecsdsl.examples.tour.Placement.PlacedTask;
import dev.ecsdsl.examples.tour.ReportData.DeploymentData;
import dev.ecsdsl.examples.tour.ReportData.EventData;
import dev.ecsdsl.examples.tour.ReportData.Segment;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report's data from a tour in memory (seed 5), and the page it goes into; no browser. */
class ReportDataTest {
  private static TourRecording recording;
  private static ReportData data;

  @BeforeAll
  static void runTheTour() {
    recording = TourRun.inMemory(5);
    data = ReportData.of(recording);
  }

  @Test
  void thePlacementShowsEveryLiveTaskWhereItRuns() {
    ClusterPlacement web = cluster("shop-web");
    ClusterPlacement workers = cluster("shop-workers");

    assertThat(web.instances()).isEmpty();
    assertThat(web.fargate()).as("the storefront's subnets are in 1a and 1b").containsOnlyKeys("eu-west-1a", "eu-west-1b");
    assertThat(web.fargate().values().stream().flatMap(List::stream))
        .hasSize(3).allSatisfy(t -> assertThat(t.family() + ":" + t.revision()).isEqualTo("storefront:2"));
    assertThat(workers.instances()).as("two left and the one that replaced the terminated one").hasSize(3)
        .allSatisfy(i -> assertThat(i.tasks()).filteredOn(t -> t.family().equals("log-agent")).hasSize(1));
    assertThat(workers.instances().stream().flatMap(i -> i.tasks().stream()).filter(t -> t.family().equals("orders")))
        .hasSize(6);
    assertThat(workers.instances()).extracting(InstancePlacement::zone)
        .containsExactlyInAnyOrder("eu-west-1a", "eu-west-1b", "eu-west-1c");
    assertThat(recording.placement().taskCount()).isEqualTo(12);
  }

  @Test
  void theDeploymentsShowTheRolloutOfRevisionTwo() {
    List<DeploymentData> storefront = data.deployments().stream().filter(d -> d.service().equals("storefront")).toList();

    assertThat(storefront).extracting(DeploymentData::taskDefinition).containsExactly("storefront:1", "storefront:2");
    assertThat(storefront.get(0).segments()).extracting(s -> s.status() + " " + s.rolloutState())
        .containsSubsequence("PRIMARY IN_PROGRESS", "PRIMARY COMPLETED", "ACTIVE COMPLETED");
    Segment last = storefront.get(1).segments().get(storefront.get(1).segments().size() - 1);
    assertThat(last.status() + " " + last.rolloutState()).isEqualTo("PRIMARY COMPLETED");
    assertThat(last.to()).isEqualTo(data.duration());
    assertThat(storefront.get(1).segments().get(0).from())
        .as("revision 2 starts in the rolling update").isEqualTo(phase("rolling update").from());
  }

  @Test
  void theScalingCurveFollowsTheLoad() {
    var scaling = data.scaling();

    assertThat(scaling.service()).isEqualTo("storefront");
    assertThat(scaling.activities()).extracting(a -> a.from() + "→" + a.to()).containsExactly("3→9", "9→3");
    assertThat(scaling.activities().get(0).t()).isBetween(phase("scale-out").from(), phase("scale-out").to());
    assertThat(scaling.counts()).hasSizeGreaterThan(100).extracting(ReportData.CountPoint::desired).contains(9);
    assertThat(scaling.metricName()).isEqualTo("ALBRequestCountPerTarget");
    assertThat(scaling.metric()).extracting(ReportData.MetricPoint::value).contains(3000.0);
  }

  @Test
  void theEventsAreTheInterestingOnesInTheirPhases() {
    assertThat(data.events()).extracting(EventData::type).doesNotContain("TASK_STATUS_CHANGED", "TARGET_HEALTH_CHANGED");
    assertThat(data.events()).filteredOn(e -> e.phase().equals("failure")).extracting(EventData::message)
        .anyMatch(m -> m.equals("app exited with code 137")).anyMatch(m -> m.startsWith("TerminationNotice"));
    assertThat(data.events()).filteredOn(e -> e.type().equals("SCALING_ACTIVITY")).extracting(EventData::phase)
        .containsExactly("scale-out", "scale-in");
    assertThat(data.events()).allSatisfy(e -> assertThat(e.t()).isBetween(phase(e.phase()).from(), phase(e.phase()).to()));
  }

  @Test
  void dataThatLooksLikeMarkupStaysData() throws Exception {
    String hostile = "</script><img src=x onerror=alert(1)> & <!-- \u2028";
    ReportData evil = new ReportData("<b>tour</b> & co", "inmemory", 1, "shop", "2025-01-01T00:00:00Z", 60,
        List.of(new ReportData.PhaseData(hostile, hostile, 0, 60)),
        List.of(new ClusterPlacement(hostile, List.of(), Map.of(hostile, List.of(new PlacedTask(hostile, hostile, 1,
            hostile, "RUNNING"))))),
        List.of(), List.of(new EventData(1, hostile, "SERVICE_EVENT", hostile, hostile, hostile)),
        new ReportData.ScalingCurve(hostile, List.of(), "", List.of(), List.of(),
            List.of(new ReportData.NoteData(30, hostile))));

    String page = HtmlReport.render(evil);

    assertThat(page).contains("<title>&lt;b&gt;tour&lt;/b&gt; &amp; co</title>")
        .doesNotContain("<img", "<b>", "<!-- ");
    assertThat(page.split("</script>", -1)).as("only the template's two script elements end").hasSize(3);
    Matcher json = Pattern.compile("<script type=\"application/json\" id=\"tour-data\">(.*?)</script>",
        Pattern.DOTALL).matcher(page);
    assertThat(json.find()).isTrue();
    JsonNode read = new ObjectMapper().readTree(json.group(1));
    assertThat(read.at("/events/0/message").asText()).isEqualTo(hostile);
    assertThat(read.at("/placement/0/fargate").fieldNames().next()).isEqualTo(hostile);
  }

  private static ClusterPlacement cluster(String name) {
    return data.placement().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static ReportData.PhaseData phase(String name) {
    return data.phases().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}

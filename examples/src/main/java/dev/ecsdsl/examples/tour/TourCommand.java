package dev.ecsdsl.examples.tour;

import dev.ecsdsl.cli.Command;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.docker.DockerEcs;
import dev.ecsdsl.docker.engine.DockerUnavailableException;
import dev.ecsdsl.inmemory.InMemoryEcs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bin/ecs-dsl tour}: runs the {@link dev.ecsdsl.examples.ShopEnvironment} through a rollout, a
 * failure and a scale-out, prints the timeline and the placement, and writes the HTML report.
 */
public final class TourCommand implements Command {

  @Override
  public String name() {
    return "tour";
  }

  @Override
  public String summary() {
    return "run the example shop through a rollout, a failure and a scale-out; print it and write an HTML report";
  }

  @Override
  public String usage() {
    return "usage: bin/ecs-dsl tour [--runtime inmemory|docker] [--report FILE] [--seed S]\n\n"
        + "Deploys the example shop (dev.ecsdsl.examples.ShopEnvironment), runs it through steady state, a rolling\n"
        + "update, a failure and its recovery, and a scale-out under load, prints the timeline by phase and where\n"
        + "the tasks run, and writes a self-contained HTML report (placement map, deployment timeline, scaling\n"
        + "curve).\n\n"
        + "  --runtime inmemory  simulated, on a virtual clock, in a second (default); the same for the same seed\n"
        + "  --runtime docker    a shorter tour with real containers on the local Docker engine (a minute or two)\n"
        + "  --report FILE       where the report goes (default " + TourOptions.DEFAULT_REPORT + ")\n"
        + "  --seed S            the runtime's seed (default " + TourOptions.DEFAULT_SEED + ")";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    TourOptions options;
    try {
      options = TourOptions.parse(args);
    } catch (TourOptions.UsageException e) {
      err.println("ecs-dsl tour: " + e.getMessage());
      err.println(usage());
      return USAGE;
    }
    Path report = options.report().toAbsolutePath().normalize();
    String unwritable = checkWritable(report);
    if (unwritable != null) {
      err.println("ecs-dsl tour: cannot write the report to " + report + ": " + unwritable);
      return USAGE;
    }
    TourRecording recording;
    try {
      recording = runTour(options, out);
    } catch (DockerUnavailableException e) {
      err.println("ecs-dsl tour: --runtime docker needs a Docker engine. " + e.getMessage());
      return INVALID;
    } catch (RuntimeException e) {
      err.println("ecs-dsl tour: the tour failed: " + e);
      return INVALID;
    }
    out.printf("ecs-dsl tour: environment %s on %s (seed %d), %s of its life%n", recording.environment(),
        recording.runtime(), recording.seed(), TimelineText.elapsed(recording.start(), recording.end()));
    TimelineText.print(recording, out);
    out.println();
    out.println("== placement at the end");
    PlacementTable.print(recording.placement(), out);
    try {
      HtmlReport.write(ReportData.of(recording), report);
    } catch (IOException e) {
      err.println("ecs-dsl tour: could not write the report to " + report + ": " + e.getMessage());
      return INVALID;
    }
    out.println();
    out.println("report: " + report + " (open it in a browser)");
    return OK;
  }

  private static TourRecording runTour(TourOptions options, PrintStream out) {
    if (options.runtime() == TourOptions.Runtime.DOCKER) {
      try (DockerEcs ecs = DockerEcs.create(options.seed())) {
        out.println("ecs-dsl tour: starting real containers on the local Docker engine; this takes a minute or two");
        return new DockerTour(ecs, options.seed()).run();
      }
    }
    try (InMemoryEcs ecs = InMemoryEcs.create(options.seed(), InMemoryTour.START, Timings.defaults())) {
      return new InMemoryTour(ecs).run();
    }
  }

  /** Why the report cannot go to {@code report}, or null when it can (its folders are created). */
  private static String checkWritable(Path report) {
    if (Files.isDirectory(report)) {
      return "it is a directory";
    }
    try {
      Files.createDirectories(report.getParent());
    } catch (FileAlreadyExistsException e) {
      return "its folder cannot be created: " + e.getFile() + " is a file";
    } catch (IOException e) {
      return "its folder cannot be created: " + e;
    }
    if (!Files.isWritable(report.getParent()) || Files.exists(report) && !Files.isWritable(report)) {
      return "no permission to write there";
    }
    return null;
  }
}
